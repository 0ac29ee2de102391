/**
 * What the system accepts as a document file (申报材料), and where each file lives in the bucket. Pure: no I/O.
 * Files arrive under `incoming/` (a lifecycle rule deletes what is never completed) and a verified file is copied
 * to a key named by its own sha256, so a new version is a new key and nothing is ever overwritten.
 */

/** Allowed content types and the leading bytes ("magic") a file of that type starts with. */
export const DOCUMENT_CONTENT_TYPES = {
  'application/pdf': { label: 'PDF', magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
  // OFD (GB/T 33190), DOCX and XLSX are all ZIP containers.
  'application/ofd': { label: 'OFD', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'DOCX', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'XLSX', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  'image/jpeg': { label: 'JPEG', magic: [[0xff, 0xd8, 0xff]] },
  'image/png': { label: 'PNG', magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
} as const satisfies Record<string, { label: string; magic: number[][] }>;

export type DocumentContentType = keyof typeof DOCUMENT_CONTENT_TYPES;
export const DOCUMENT_CONTENT_TYPE_NAMES = Object.keys(DOCUMENT_CONTENT_TYPES) as DocumentContentType[];

/** 50 MiB: the largest 实施方案 / 可研报告 PDFs seen in practice stay well below; scans belong in several files. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** How long a presigned upload URL is valid; the lifecycle rule removes incoming files after a day. */
export const UPLOAD_URL_SECONDS = 15 * 60;
/** How long a presigned download URL is valid: long enough to open the file, too short to pass around. */
export const DOWNLOAD_URL_SECONDS = 5 * 60;
/** Bytes read to check the magic of a file. */
export const MAGIC_BYTES = 8;

export const incomingKey = (uploadId: string) => `incoming/${uploadId}`;
export const documentKey = (jurisdiction: string, departmentId: string, sha256: string) => `documents/${jurisdiction}/${departmentId}/${sha256}`;

/** Whether the first bytes of a file are those of its declared content type. */
export function magicMatches(contentType: DocumentContentType, head: Uint8Array): boolean {
  return DOCUMENT_CONTENT_TYPES[contentType].magic.some((m) => m.every((b, i) => head[i] === b));
}
