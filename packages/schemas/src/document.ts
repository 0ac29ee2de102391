/** 文件上传: a department's request for a presigned upload of one document file (POST /v1/documents/uploads). */
import { z } from './zod.js';
import { declareRoutes } from './declareRoutes.js';
import { documentDownloadSchema, projectDocumentSchema, uploadCompletedSchema, uploadTicketSchema } from './responses.js';
import { idempotencyHeaders } from './idempotency.js';

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

/** Served by documents. */
export const documentRoutes = declareRoutes({
  'POST /v1/documents/uploads': { summary: '申请上传申报材料:返回限时预签名上传地址(限 PDF、OFD、DOCX、XLSX、JPEG、PNG,≤50 MiB)', roles: ['department'], body: uploadRequestSchema, headers: idempotencyHeaders, errors: [404], success: { status: 201, description: 'uploadId、上传地址、须带的请求头、过期时间', schema: uploadTicketSchema } },
  'POST /v1/documents/uploads/{id}/complete': { summary: '完成上传:核对实际大小、sha256 与文件格式,一致才成为已核验版本', roles: ['department'], headers: idempotencyHeaders, success: { status: 200, description: '已核验的文件版本;不一致时 422 且文件被删除', schema: uploadCompletedSchema } },
  'GET /v1/projects/{id}/documents': { summary: '项目申报材料:申报的每份文件及是否已核验(只有已核验的文件计入规则)', roles: ['department', 'bureau', 'auditor', 'admin'], success: { status: 200, description: '文件列表', schema: z.object({ items: z.array(projectDocumentSchema) }) } },
  'GET /v1/projects/{id}/documents/{sha256}/download': { summary: '下载已核验文件:返回限时预签名下载地址(本部门、审核、审计)', roles: ['department', 'bureau', 'auditor', 'admin'], success: { status: 200, description: '下载地址与有效秒数', schema: documentDownloadSchema } },
});
