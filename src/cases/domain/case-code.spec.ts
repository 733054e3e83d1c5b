import { formatCaseCode, yearOfLocalDate } from './case-code';
import { ContentType, isConfidentialContent } from './case-enums';

describe('case numbers (vụ việc), unique per agency and year', () => {
  it.each([
    [2026, 1, 'VV-2026-00001'],
    [2026, 12, 'VV-2026-00012'],
    [2031, 123456, 'VV-2031-123456'],
  ])('year %i, serial %i → %s', (year, serial, code) => {
    expect(formatCaseCode(year, serial)).toBe(code);
  });

  it('refuses a serial below 1 or a year that is not four digits', () => {
    expect(() => formatCaseCode(2026, 0)).toThrow(RangeError);
    expect(() => formatCaseCode(26, 1)).toThrow(RangeError);
  });

  it('takes the year of the opening date', () => {
    expect(yearOfLocalDate('2026-12-31')).toBe(2026);
    expect(() => yearOfLocalDate('31/12/2026')).toThrow(RangeError);
  });
});

describe('secrecy of the persons of a matter (Luật Tố cáo 2018 Điều 9(1)(b), Điều 56)', () => {
  it.each([
    [ContentType.Denunciation, true],
    [ContentType.Mixed, true],
    [ContentType.Complaint, false],
    [ContentType.Petition, false],
    [ContentType.Feedback, false],
  ])('%s → confidential: %s', (type, confidential) => {
    expect(isConfidentialContent(type)).toBe(confidential);
  });
});
