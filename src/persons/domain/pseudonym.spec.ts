import { PersonKind } from './person-enums';
import { formatPseudonym } from './pseudonym';

describe('pseudonym codes (DESIGN.md §7: a person is shown as a code)', () => {
  it('reads kind, year and a zero-padded serial', () => {
    expect(formatPseudonym(PersonKind.Citizen, 2026, '123')).toBe('CD-2026-000123');
    expect(formatPseudonym(PersonKind.Organisation, 2026, 7)).toBe('TC-2026-000007');
    expect(formatPseudonym(PersonKind.Citizen, 2027, '12345678')).toBe('CD-2027-12345678');
  });

  it('refuses a serial that is not a positive integer', () => {
    expect(() => formatPseudonym(PersonKind.Citizen, 2026, '0')).toThrow(RangeError);
    expect(() => formatPseudonym(PersonKind.Citizen, 2026, '-1')).toThrow(RangeError);
  });
});
