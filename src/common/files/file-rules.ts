// The formats of scanned documents (petitions, evidence, receipts, payment vouchers) with the bytes
// every such file starts with, and strict base64: shared by every module that stores files.

export const FILE_MEDIA_TYPES = {
  'application/pdf': [[0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/tiff': [
    [0x49, 0x49, 0x2a, 0x00],
    [0x4d, 0x4d, 0x00, 0x2a],
  ],
} as const satisfies Record<string, readonly (readonly number[])[]>;

export type FileMediaType = keyof typeof FILE_MEDIA_TYPES;

export const FILE_MEDIA_TYPE_LIST = Object.keys(FILE_MEDIA_TYPES) as FileMediaType[];

/** File name extension of each type, for downloads (stored names are never served as paths). */
export const FILE_EXTENSION: Readonly<Record<FileMediaType, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tif',
};

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** The file's signature matches the declared type (the name's extension is never trusted). */
export function matchesMediaType(bytes: Uint8Array, mediaType: FileMediaType): boolean {
  return FILE_MEDIA_TYPES[mediaType].some((magic) => startsWith(bytes, magic));
}

/** Strict base64 (RFC 4648, padded or not): Buffer.from would silently skip bad characters. */
export function isStrictBase64(text: string): boolean {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.replace(/=+$/, '').length % 4 !== 1;
}

export type FileProblem = 'empty' | 'tooLarge' | 'type';

/** Why a decoded file is refused, or null. */
export function fileProblem(
  bytes: Uint8Array,
  mediaType: FileMediaType,
  maxBytes: number,
): FileProblem | null {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > maxBytes) return 'tooLarge';
  return matchesMediaType(bytes, mediaType) ? null : 'type';
}
