import { asciiCodePart, parseUnitName, peopleCommitteeName, unitCode } from './agency-code';

describe('agency codes derived from Vietnamese unit names', () => {
  it.each([
    ['Ba Đình', 'BADINH'],
    ['Đống Đa', 'DONGDA'],
    ['Ứng Hòa', 'UNGHOA'],
    ['Ứng Hoà', 'UNGHOA'],
    ['Mỹ Đức', 'MYDUC'],
    ['Văn Miếu - Quốc Tử Giám', 'VANMIEUQUOCTUGIAM'],
    ['Thường Tín', 'THUONGTIN'],
    ['Ô Diên', 'ODIEN'],
    ['Mỹ Đình 1', 'MYDINH1'],
  ])('strips tones, marks and Đ: %s → %s', (name, ascii) => {
    expect(asciiCodePart(name)).toBe(ascii);
  });

  it('gives the same code for decomposed (NFD) and composed (NFC) input', () => {
    expect(asciiCodePart('Hoàn Kiếm'.normalize('NFD'))).toBe(asciiCodePart('Hoàn Kiếm'));
  });

  it.each([
    ['Quận Ba Đình', 'HN-Q-BADINH'],
    ['Huyện Ba Vì', 'HN-H-BAVI'],
    ['Thị xã Sơn Tây', 'HN-TX-SONTAY'],
    ['Phường Văn Miếu - Quốc Tử Giám', 'HN-P-VANMIEUQUOCTUGIAM'],
    ['Xã Ứng Thiên', 'HN-X-UNGTHIEN'],
    ['Thị trấn Văn Điển', 'HN-TT-VANDIEN'],
  ])('codes a unit under its parent by its type letters: %s → %s', (unit, code) => {
    expect(unitCode('HN', unit)).toBe(code);
  });

  it('tells the unit type from the proper name', () => {
    expect(parseUnitName('Thị xã Sơn Tây')).toEqual({ typeLetters: 'TX', properName: 'Sơn Tây' });
    expect(parseUnitName('Ban Tiếp công dân')).toBeNull();
  });

  it('refuses a name without a known unit type, or one too long for varchar(32)', () => {
    expect(() => unitCode('HN', 'Sơn Tây')).toThrow('Unknown administrative unit type');
    expect(() => unitCode('HN', `Xã ${'Dài '.repeat(10)}`)).toThrow('Cannot derive');
  });

  it('names the People’s Committee of a unit in the usual Vietnamese form', () => {
    expect(peopleCommitteeName('Quận Ba Đình')).toBe('Ủy ban nhân dân quận Ba Đình');
    expect(peopleCommitteeName('Thành phố Hà Nội')).toBe('Ủy ban nhân dân thành phố Hà Nội');
  });
});
