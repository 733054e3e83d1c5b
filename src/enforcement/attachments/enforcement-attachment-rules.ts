import { enforcementMessagesVi } from '../../common/i18n/enforcement-messages.vi';
import { type FileMediaType, fileProblem, isStrictBase64 } from '../../common/files/file-rules';

// Files of progress entries (issue 8: "progress entries … attachments"): scans of receipts,
// payment vouchers and discipline decisions, checked like petition files (type by signature, not
// by name; strict base64) with their own limits.

/** Largest file accepted (decoded bytes): a scanned receipt bundle of a few dozen pages. */
export const MAX_ENFORCEMENT_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Files one progress entry may carry. */
export const MAX_ATTACHMENTS_PER_ENTRY = 20;

export interface AttachmentRefusal {
  status: 400 | 413;
  field: 'contentBase64' | 'mediaType';
  code: string;
  message: string;
}

const m = enforcementMessagesVi.attachment;

/** The decoded file, or why it is refused (400 naming the field; 413 when too large). */
export function decodeAttachment(
  contentBase64: string,
  mediaType: FileMediaType,
): { file: Buffer } | { refusal: AttachmentRefusal } {
  if (!isStrictBase64(contentBase64)) {
    return {
      refusal: { status: 400, field: 'contentBase64', code: 'base64', message: m.notBase64 },
    };
  }
  const file = Buffer.from(contentBase64, 'base64');
  switch (fileProblem(file, mediaType, MAX_ENFORCEMENT_ATTACHMENT_BYTES)) {
    case 'empty':
      return { refusal: { status: 400, field: 'contentBase64', code: 'empty', message: m.empty } };
    case 'tooLarge': {
      const message = m.tooLarge(MAX_ENFORCEMENT_ATTACHMENT_BYTES / (1024 * 1024));
      return { refusal: { status: 413, field: 'contentBase64', code: 'tooLarge', message } };
    }
    case 'type':
      return { refusal: { status: 400, field: 'mediaType', code: 'mediaType', message: m.type } };
    default:
      return { file };
  }
}
