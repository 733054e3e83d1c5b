import { Role } from '../../auth/role';
import { MAX_ATTACHMENT_BYTES } from './attachment-limits';
import type { PetitionRule } from './petition-errors';

export enum AttachmentKind {
  Original = 'original',
  /** An officer-uploaded copy with the denouncer's details removed (Luật Tố cáo 2018 Điều 56). */
  RedactedCopy = 'redacted_copy',
}

export const ATTACHMENT_KINDS: readonly AttachmentKind[] = Object.values(AttachmentKind);

/** The formats of scanned petitions and evidence, with the bytes every such file starts with. */
export const ATTACHMENT_MEDIA_TYPES = {
  'application/pdf': [[0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/tiff': [
    [0x49, 0x49, 0x2a, 0x00],
    [0x4d, 0x4d, 0x00, 0x2a],
  ],
} as const satisfies Record<string, readonly (readonly number[])[]>;

export type AttachmentMediaType = keyof typeof ATTACHMENT_MEDIA_TYPES;

export const ATTACHMENT_MEDIA_TYPE_LIST = Object.keys(
  ATTACHMENT_MEDIA_TYPES,
) as AttachmentMediaType[];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** The file's signature matches the declared type (the name's extension is never trusted). */
export function matchesMediaType(bytes: Uint8Array, mediaType: AttachmentMediaType): boolean {
  return ATTACHMENT_MEDIA_TYPES[mediaType].some((magic) => startsWith(bytes, magic));
}

/** Why a decoded file is refused (400), or null. */
export function attachmentProblem(
  bytes: Uint8Array,
  mediaType: AttachmentMediaType,
): PetitionRule | null {
  if (bytes.length === 0) return 'attachmentEmpty';
  if (bytes.length > MAX_ATTACHMENT_BYTES) return 'attachmentTooLarge';
  return matchesMediaType(bytes, mediaType) ? null : 'attachmentType';
}

/** Strict base64 (RFC 4648, padded or not): Buffer.from would silently skip bad characters. */
export function isStrictBase64(text: string): boolean {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.replace(/=+$/, '').length % 4 !== 1;
}

/** Roles that handle the original petition at the desk (DESIGN §7: identity check, Điều 24). */
const ORIGINAL_READERS: readonly Role[] = [
  Role.ReceptionOfficer,
  Role.PetitionHandler,
  Role.Leader,
];

/**
 * Luật Tố cáo 2018 Điều 56: before the file goes to whoever verifies, the denouncer's name,
 * address, handwriting and personal data are removed — the verifying officer (investigator) works
 * on the redacted copy. The originals of a denunciation (or mixed petition) are served only to the
 * desk roles; every other reader gets the redacted copy.
 */
export function mayReadOriginal(roles: readonly Role[], confidential: boolean): boolean {
  return !confidential || roles.some((r) => ORIGINAL_READERS.includes(r));
}
