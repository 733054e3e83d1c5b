import { decisionNumberSymbol, DocumentType } from './decision-number';

describe('số, ký hiệu of a document (NĐ 30/2020/NĐ-CP, Phụ lục I)', () => {
  it.each([
    [5, DocumentType.Decision, 'TTTP', '05/QĐ-TTTP'],
    [1, DocumentType.Notice, 'TTTP', '01/TB-TTTP'],
    [9, DocumentType.Conclusion, 'UBND', '09/KL-UBND'],
    [10, DocumentType.Decision, 'UBND', '10/QĐ-UBND'],
    [123, DocumentType.Minutes, 'TTTP', '123/BB-TTTP'],
    [7, DocumentType.Submission, 'TTTP', '07/TTr-TTTP'],
    [42, DocumentType.Decision, 'UBND-TCD', '42/QĐ-UBND-TCD'],
    [3, DocumentType.TransferSlip, 'ĐTN', '03/PC-ĐTN'],
  ])('number %i, %s by %s → %s (leading zero below 10)', (seq, type, issuer, expected) => {
    expect(decisionNumberSymbol(seq, 2026, type, issuer)).toBe(expected);
  });

  it.each([
    [0, 2026, DocumentType.Decision, 'TTTP', 'sequence'],
    [1.5, 2026, DocumentType.Decision, 'TTTP', 'sequence'],
    [5, 26, DocumentType.Decision, 'TTTP', 'year'],
    [5, 2026, 'law' as DocumentType, 'TTTP', 'docType'],
    [5, 2026, DocumentType.Decision, 'tttp', 'issuerAbbrev'],
    [5, 2026, DocumentType.Decision, 'TT TP', 'issuerAbbrev'],
    [5, 2026, DocumentType.Decision, '-TTTP', 'issuerAbbrev'],
    [5, 2026, DocumentType.Decision, '', 'issuerAbbrev'],
  ])('(%s, %s, %s, %j) → 400 DECISION_NUMBER_INVALID on %s', (seq, year, type, issuer, field) => {
    expect(() => decisionNumberSymbol(seq, year, type, issuer)).toThrow(
      expect.objectContaining({
        httpStatus: 400,
        code: 'DECISION_NUMBER_INVALID',
        errors: [expect.objectContaining({ field })],
      }),
    );
  });
});
