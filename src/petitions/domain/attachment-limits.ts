/** Largest file accepted (decoded bytes): a scanned petition of a few dozen pages. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Files one petition may carry (originals and redacted copies together). */
export const MAX_ATTACHMENTS_PER_PETITION = 50;
