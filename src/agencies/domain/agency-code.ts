/** Longest agency code the database accepts (varchar 32). */
export const AGENCY_CODE_MAX_LENGTH = 32;

/** ASCII upper case letters and digits in groups joined by single hyphens: `HN-Q-BADINH`. */
export const AGENCY_CODE_PATTERN = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;

/** The kind of administrative unit a Vietnamese name starts with, and its letter(s) in a code. */
const UNIT_TYPES: readonly (readonly [prefix: string, letters: string])[] = [
  ['Thành phố', 'TP'],
  ['Thị xã', 'TX'],
  ['Thị trấn', 'TT'],
  ['Quận', 'Q'],
  ['Huyện', 'H'],
  ['Phường', 'P'],
  ['Xã', 'X'],
];

/** "Đống Đa" → "DONGDA": strips tones and marks (NFD), Đ→D, keeps only A–Z and 0–9. */
export function asciiCodePart(vietnamese: string): string {
  return vietnamese
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

export interface UnitName {
  /** Code letters of the unit type: Q, H, TX, P, X, … */
  typeLetters: string;
  /** The proper name without the unit type: "Ba Đình". */
  properName: string;
}

/** "Quận Ba Đình" → { typeLetters: 'Q', properName: 'Ba Đình' }; null for an unknown type. */
export function parseUnitName(unitName: string): UnitName | null {
  const name = unitName.normalize('NFC').trim();
  for (const [prefix, letters] of UNIT_TYPES) {
    if (name.startsWith(`${prefix} `)) {
      return { typeLetters: letters, properName: name.slice(prefix.length).trim() };
    }
  }
  return null;
}

/**
 * A stable code for an administrative unit under a parent code: ("HN", "Quận Ba Đình") →
 * "HN-Q-BADINH", ("HN", "Thị xã Sơn Tây") → "HN-TX-SONTAY". Throws on an unknown unit type or a
 * code longer than the column allows, so that a bad seed fails loudly instead of being truncated.
 */
export function unitCode(parentCode: string, unitName: string): string {
  const unit = parseUnitName(unitName);
  if (!unit) throw new Error(`Unknown administrative unit type in "${unitName}"`);
  const code = `${parentCode}-${unit.typeLetters}-${asciiCodePart(unit.properName)}`;
  if (code.length > AGENCY_CODE_MAX_LENGTH || !AGENCY_CODE_PATTERN.test(code)) {
    throw new Error(`Cannot derive a valid agency code from "${unitName}": ${code}`);
  }
  return code;
}

/** "Quận Ba Đình" → "Ủy ban nhân dân quận Ba Đình" (the body that acts for the unit). */
export function peopleCommitteeName(unitName: string): string {
  const name = unitName.normalize('NFC').trim();
  return `Ủy ban nhân dân ${name.charAt(0).toLocaleLowerCase('vi')}${name.slice(1)}`;
}
