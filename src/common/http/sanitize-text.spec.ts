import { isUnsafeText, sanitizeInput } from './sanitize-text';

describe('sanitizeInput', () => {
  it('names the path of a NUL byte deep inside the body', () => {
    const result = sanitizeInput({ persons: [{ fullName: 'ok' }, { fullName: 'Ng\u0000uyễn' }] });
    expect(result.unsafeField).toBe('persons.1.fullName');
  });

  it('rejects lone surrogates but accepts real astral characters', () => {
    expect(isUnsafeText('abc\uD800')).toBe(true);
    expect(isUnsafeText('\uDC00abc')).toBe(true);
    expect(isUnsafeText('😀 tố cáo')).toBe(false);
  });

  it('keeps tabs and new lines in free text', () => {
    expect(isUnsafeText('dòng 1\r\n\tdòng 2')).toBe(false);
  });

  it('normalises decomposed Vietnamese to NFC', () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    const result = sanitizeInput({ name: decomposed });
    expect(result.value).toEqual({ name: 'Nguyễn' });
    expect((result.value as { name: string }).name.length).toBe(6);
  });

  it('rejects unsafe characters in keys too', () => {
    expect(sanitizeInput({ 'a\u0000': 1 }).unsafeField).toBe('a\u0000');
  });
});
