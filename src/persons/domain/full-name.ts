/**
 * A full name as the desk compares it: Unicode NFC, lower case, without any whitespace. Letters
 * and diacritics stay exact — "Nguyễn Văn An" is not "Nguyen Van An" (another person's name in
 * Vietnamese), but "NGUYỄN  VĂN AN" is.
 */
export function comparableFullName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, '').normalize('NFC');
}

/** Is the typed name the stored one (DOMAIN.md §2.2: the person shows their ID paper)? */
export function isSameFullName(typed: string, stored: string): boolean {
  return comparableFullName(typed) === comparableFullName(stored);
}
