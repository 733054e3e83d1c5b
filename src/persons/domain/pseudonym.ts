import { PersonKind } from './person-enums';

const PREFIX: Readonly<Record<PersonKind, string>> = {
  [PersonKind.Citizen]: 'CD', // công dân
  [PersonKind.Organisation]: 'TC', // tổ chức
};

/**
 * The code that stands for a person everywhere identity may not be shown (DESIGN.md §7), e.g.
 * `CD-2026-000123`: kind, year of registration and a serial from a database sequence. It carries
 * nothing about the person, so it may appear in lists, case files and notices.
 */
export function formatPseudonym(kind: PersonKind, year: number, serial: string | number): string {
  const digits = String(serial);
  if (!/^[1-9]\d*$/.test(digits)) throw new RangeError(`Invalid serial: ${digits}`);
  return `${PREFIX[kind]}-${year}-${digits.padStart(6, '0')}`;
}
