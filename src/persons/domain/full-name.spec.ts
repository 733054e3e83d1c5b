import { comparableFullName, isSameFullName } from './full-name';

describe('comparing a typed full name with the stored one before reusing a person', () => {
  it('ignores case and whitespace', () => {
    expect(isSameFullName('  NGUYỄN  Văn\tAn ', 'Nguyễn Văn An')).toBe(true);
    expect(isSameFullName('nguyễnvănan', 'Nguyễn Văn An')).toBe(true);
  });

  it('treats composed and decomposed diacritics alike (NFC)', () => {
    const decomposed = 'Nguye\u0302\u0303n Va\u0306n An';
    expect(decomposed).not.toBe('Nguyễn Văn An');
    expect(isSameFullName(decomposed, 'Nguyễn Văn An')).toBe(true);
  });

  it('keeps letters and diacritics exact: a name without its marks is another name', () => {
    expect(isSameFullName('Nguyen Van An', 'Nguyễn Văn An')).toBe(false);
    expect(isSameFullName('Nguyễn Văn Ân', 'Nguyễn Văn An')).toBe(false);
    expect(isSameFullName('Nguyễn Văn Anh', 'Nguyễn Văn An')).toBe(false);
  });

  it('lower-cases Đ to đ', () => {
    expect(comparableFullName('ĐỖ THỊ HOA')).toBe('đỗthịhoa');
  });
});
