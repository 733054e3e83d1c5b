import { Role } from '../../auth/role';
import { type FileMediaType, matchesMediaType } from '../../common/files/file-rules';
import { MAX_ATTACHMENT_BYTES } from './attachment-limits';
import type { PetitionRule } from './petition-errors';

export enum AttachmentKind {
  Original = 'original',
  /** An officer-uploaded copy with the denouncer's details removed (Luật Tố cáo 2018 Điều 56). */
  RedactedCopy = 'redacted_copy',
}

export const ATTACHMENT_KINDS: readonly AttachmentKind[] = Object.values(AttachmentKind);

export {
  FILE_MEDIA_TYPES as ATTACHMENT_MEDIA_TYPES,
  type FileMediaType as AttachmentMediaType,
  FILE_MEDIA_TYPE_LIST as ATTACHMENT_MEDIA_TYPE_LIST,
  isStrictBase64,
  matchesMediaType,
} from '../../common/files/file-rules';

/** Why a decoded file is refused (400), or null. */
export function attachmentProblem(
  bytes: Uint8Array,
  mediaType: FileMediaType,
): PetitionRule | null {
  if (bytes.length === 0) return 'attachmentEmpty';
  if (bytes.length > MAX_ATTACHMENT_BYTES) return 'attachmentTooLarge';
  return matchesMediaType(bytes, mediaType) ? null : 'attachmentType';
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
