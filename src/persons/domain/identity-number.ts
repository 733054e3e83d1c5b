import { IdType } from './person-enums';

/** Trim, drop spaces and dots, upper-case: '0010 8900 1234' → '001089001234', 'b 123.4567' → 'B1234567'. */
export function normaliseIdNumber(raw: string): string {
  return raw.trim().replace(/[\s.]/g, '').toUpperCase();
}

/** The shape of each document's number, after normalisation. */
const FORMATS: Readonly<Record<IdType, RegExp>> = {
  // NĐ 137/2015/NĐ-CP Điều 13 (kept by Luật Căn cước 2023): the personal identification number has 12 digits.
  [IdType.Cccd]: /^\d{12}$/,
  // Chứng minh nhân dân: 9 digits (NĐ 05/1999/NĐ-CP); 12 digits on the cards issued from 2012.
  [IdType.Cmnd]: /^(\d{9}|\d{12})$/,
  // Passports: letters and digits, 6–9 characters (Vietnamese ones: one letter + 7 digits).
  [IdType.Passport]: /^[A-Z0-9]{6,9}$/,
  // Thông tư 105/2020/TT-BTC Điều 5: 10 digits; a dependent unit adds "-" and 3 digits.
  [IdType.TaxCode]: /^\d{10}(-\d{3})?$/,
};

/** True when the number, once normalised, has the shape of its document type. */
export function isValidIdNumber(idType: IdType, raw: string): boolean {
  return FORMATS[idType].test(normaliseIdNumber(raw));
}

/** A number worth looking up at all (any document type): 6–14 letters, digits or one hyphen. */
export function isSearchableIdNumber(raw: string): boolean {
  return /^[A-Z0-9]{6,13}(-\d{3})?$/.test(normaliseIdNumber(raw));
}
