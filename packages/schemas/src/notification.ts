/** 通知收件箱: reminders before due dates and overdue escalations (GET /v1/notifications, POST …/{id}/read). */
import { z } from './zod.js';
import { declareRoutes } from './declareRoutes.js';
import { notificationInboxSchema, notificationSchema } from './responses.js';
import { idempotencyHeaders } from './idempotency.js';

export const notificationQuerySchema = z.object({
  limit: z.coerce.number().int('条数应为整数').min(1, '条数至少为1').max(200, '条数至多为200').default(50),
});

/** Served by acceptance-tracker. */
export const notificationRoutes = declareRoutes({
  'GET /v1/notifications': { summary: '通知收件箱:截止前提醒(默认提前10个、3个工作日)与逾期督办,含未读数(部门看本部门,审核看本辖区督办)', roles: ['department', 'bureau'], query: notificationQuerySchema, success: { status: 200, description: '通知,最新在前;unreadCount 未读数', schema: notificationInboxSchema } },
  'POST /v1/notifications/{id}/read': { summary: '标记通知为已读', roles: ['department', 'bureau'], headers: idempotencyHeaders, success: { status: 200, description: '已读的通知', schema: notificationSchema } },
});
