import { decodeAttachment, MAX_ENFORCEMENT_ATTACHMENT_BYTES } from './enforcement-attachment-rules';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1');
const b64 = (b: Buffer) => b.toString('base64');

describe('files of progress entries', () => {
  it('accepts a PDF declared as a PDF', () => {
    expect(decodeAttachment(b64(PDF), 'application/pdf')).toEqual({ file: PDF });
  });

  it('judges the type by the bytes, not by what is declared (400 on mediaType)', () => {
    expect(decodeAttachment(b64(PDF), 'image/png')).toMatchObject({
      refusal: { status: 400, field: 'mediaType' },
    });
  });

  it('refuses loose base64 and an empty file (400 on contentBase64)', () => {
    expect(decodeAttachment('JVBER i0x', 'application/pdf')).toMatchObject({
      refusal: { status: 400, field: 'contentBase64', code: 'base64' },
    });
    expect(decodeAttachment('', 'application/pdf')).toMatchObject({
      refusal: { status: 400, field: 'contentBase64', code: 'empty' },
    });
  });

  it('answers 413 on contentBase64 for a file over the limit', () => {
    const big = Buffer.alloc(MAX_ENFORCEMENT_ATTACHMENT_BYTES + 1);
    PDF.copy(big);
    expect(decodeAttachment(b64(big), 'application/pdf')).toMatchObject({
      refusal: { status: 413, field: 'contentBase64', code: 'tooLarge' },
    });
  });
});
