import { Role } from '../../auth/role';
import { MAX_ATTACHMENT_BYTES } from './attachment-limits';
import {
  attachmentProblem,
  isStrictBase64,
  matchesMediaType,
  mayReadOriginal,
} from './attachment-rules';

const pdf = Buffer.from('%PDF-1.7\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);

describe('files of a petition: type by signature, size, base64', () => {
  it('recognises each accepted type by its first bytes, never by the name', () => {
    expect(matchesMediaType(pdf, 'application/pdf')).toBe(true);
    expect(matchesMediaType(png, 'image/png')).toBe(true);
    expect(matchesMediaType(pdf, 'image/png')).toBe(false);
    expect(matchesMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg')).toBe(true);
    expect(matchesMediaType(Buffer.from('MM\u0000*'), 'image/tiff')).toBe(true);
  });

  it('refuses an empty file, one too large and one of another type', () => {
    expect(attachmentProblem(Buffer.alloc(0), 'application/pdf')).toBe('attachmentEmpty');
    const big = Buffer.concat([pdf, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    expect(attachmentProblem(big, 'application/pdf')).toBe('attachmentTooLarge');
    expect(attachmentProblem(png, 'application/pdf')).toBe('attachmentType');
    expect(attachmentProblem(pdf, 'application/pdf')).toBeNull();
  });

  it('accepts strict base64 only', () => {
    expect(isStrictBase64(pdf.toString('base64'))).toBe(true);
    expect(isStrictBase64('abc')).toBe(true);
    expect(isStrictBase64('a')).toBe(false);
    expect(isStrictBase64('ab*c')).toBe(false);
  });
});

describe('who reads the original of a denunciation’s file (Luật Tố cáo 2018 Điều 56)', () => {
  it.each([
    [[Role.PetitionHandler], true, true],
    [[Role.ReceptionOfficer], true, true],
    [[Role.Leader], true, true],
    [[Role.Investigator], true, false],
    [[Role.Investigator], false, true],
  ])('%j, confidential %s → original %s', (roles, confidential, allowed) => {
    expect(mayReadOriginal(roles, confidential)).toBe(allowed);
  });
});
