/** 文件上传: a department's request for a presigned upload of one document file (POST /v1/documents/uploads). */
import { z } from './zod.js';

/** Mirrors packages/domain/src/documents/policy.ts (the domain enforces it again). */
export const DOCUMENT_CONTENT_TYPES = [
  'application/pdf',
  'application/ofd',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/jpeg',
  'image/png',
] as const;
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export const uploadRequestSchema = z
  .object({
    type: z.string().trim().min(1, '请填写文件类型').max(60),
    title: z.string().trim().min(1, '请填写文件标题').max(200),
    contentType: z.enum(DOCUMENT_CONTENT_TYPES, { message: '仅接受 PDF、OFD、DOCX、XLSX、JPEG、PNG 文件' }),
    size: z.number().int('文件大小应为整数字节').min(1, '文件不能为空').max(MAX_DOCUMENT_BYTES, `文件不得超过 ${MAX_DOCUMENT_BYTES} 字节(50 MiB)`),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 应为64位小写十六进制'),
    projectId: z.string().min(1).max(64).optional(),
  })
  .strict();

export type UploadRequestBody = z.infer<typeof uploadRequestSchema>;
