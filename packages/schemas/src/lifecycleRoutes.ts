/** The routes of issue 5: budget gate, tracker (milestones, systems, deadlines, flags), filings; the bench baseline. */
import { z } from './zod.js';
import { declareRoutes } from './declareRoutes.js';
import { benchBaselineSchema, deadlinePreviewSchema, filingResultSchema, gateAnswerSchema, gateDecisionRecordedSchema, milestoneRecordedSchema, overrideRecordedSchema, systemStatusSetSchema, usageReportedSchema, systemSchema } from './responses.js';
import { gateCheckSchema, gateDecisionSchema, gateOverrideSchema } from './gate.js';
import { milestoneSchema } from './milestone.js';
import { filingSchema } from './filing.js';
import { idempotencyHeaders } from './idempotency.js';
import { systemStatusSchema, usageReportSchema } from './usage.js';
import { isoDate } from './text.js';
import { flagPageSchema, flagQuerySchema, gateCheckListQuerySchema, gateCheckPageSchema, systemListQuerySchema, systemPageSchema, upcomingDeadlinesQuerySchema, upcomingDeadlinesSchema } from './lists.js';

/** GET /v1/projects/{id}/deadlines: the day to evaluate on (默认今天,北京时间). */
export const deadlinePreviewQuery = z.object({ on: isoDate.optional() }).strict();

/** Served by budget-gate. */
export const gateRoutes = declareRoutes({
  'POST /v1/budget-gate/checks': { summary: '资金闸口:Q1 是否可向项目付款 / Q2 是否可为系统安排运维经费(财政)', roles: ['finance', 'admin'], body: gateCheckSchema, errors: [404], success: { status: 200, description: 'allow / deny / review,每条理由含规则编号、条款、中文说明、是否可覆盖;规则包版本;所用事实', schema: gateAnswerSchema } },
  'GET /v1/budget-gate/checks': { summary: '资金闸口查询记录:某项目(Q1)或系统(Q2)的历次查询及结论,最新在前;仅当查询记录保存于数据库时可列出(否则 stored=false 并说明)', roles: ['finance', 'auditor', 'bureau', 'admin'], query: gateCheckListQuerySchema, errors: [404], success: { status: 200, description: '查询记录分页', schema: gateCheckPageSchema } },
  'POST /v1/budget-gate/overrides': { summary: '记录"原则上"规则的例外批准(理由、依据文件)', roles: ['bureau', 'admin'], body: gateOverrideSchema, headers: idempotencyHeaders, errors: [404], success: { status: 201, description: '已记录的例外', schema: overrideRecordedSchema } },
  'POST /v1/budget-gate/decisions': { summary: '记录资金闸口审阅事项(H)的审核决定', roles: ['bureau', 'admin'], body: gateDecisionSchema, headers: idempotencyHeaders, errors: [404], success: { status: 201, description: '已记录的审核决定', schema: gateDecisionRecordedSchema } },
});

/** Served by acceptance-tracker. */
export const trackerRoutes = declareRoutes({
  'POST /v1/projects/{id}/milestones': { summary: '记录项目里程碑或记录项并重新计算期限(谁可记录哪一项见 docs/milestone-roles.md)', roles: ['department', 'bureau', 'finance'], body: milestoneSchema, headers: idempotencyHeaders, success: { status: 201, description: '新的生命周期与义务期限', schema: milestoneRecordedSchema } },
  'POST /v1/systems/{id}/usage': { summary: '报送系统使用情况(活跃用户、业务量)', roles: ['department', 'admin'], body: usageReportSchema, headers: idempotencyHeaders, success: { status: 201, description: '是否计为使用,最近使用日期', schema: usageReportedSchema } },
  'POST /v1/systems/{id}/status': { summary: '审批部门对系统的认定(状态、对接共享、安全)', roles: ['bureau', 'admin'], body: systemStatusSchema, headers: idempotencyHeaders, success: { status: 200, description: '系统事实', schema: systemStatusSetSchema } },
  'GET /v1/systems': { summary: '系统清单:项目单位看本部门,审核/审计看本辖区(可按部门),可按状态筛选', roles: ['department', 'bureau', 'auditor', 'admin'], query: systemListQuerySchema, success: { status: 200, description: '系统摘要,最新在前;筛选后一页可能少于 limit 项', schema: systemPageSchema } },
  'GET /v1/systems/{id}': { summary: '系统详情:事实、使用情况、监测义务', roles: ['department', 'bureau', 'auditor', 'admin'], success: { status: 200, description: '系统(金额为元字符串)', schema: systemSchema } },
  'GET /v1/projects/{id}/deadlines': { summary: '期限预览:按指定日期(on,默认今天)计算项目的各项义务期限及状态,不写入;无官方放假安排年份的工作日期限标为暂定(provisional)', roles: ['department', 'bureau', 'auditor', 'admin'], query: deadlinePreviewQuery, success: { status: 200, description: '义务期限,按期限排序', schema: deadlinePreviewSchema } },
  'GET /v1/deadlines': { summary: '即将到期:今后 within 个工作日内(含 on 当天)到期、尚未逾期的义务;项目单位看本部门,审核/审计看本辖区(可按部门)', roles: ['department', 'bureau', 'auditor', 'admin'], query: upcomingDeadlinesQuerySchema, success: { status: 200, description: '义务,先跟踪类后备案类,各按期限排序;筛选后一页可能少于 limit 项', schema: upcomingDeadlinesSchema } },
  'GET /v1/flags': { summary: '预警列表(逾期验收、逾期备案、评价窗口、审批时限、长期未使用/僵尸系统),可按类型、部门、状态、项目筛选;项目单位看本部门,审核/审计看本辖区', roles: ['department', 'bureau', 'auditor', 'admin'], query: flagQuerySchema, success: { status: 200, description: '预警,最新在前;筛选后一页可能少于 limit 项', schema: flagPageSchema } },
});

/** Served by filing. */
export const filingRoutes = declareRoutes({
  'POST /v1/filings': { summary: '备案:合同、验收、变更、停运报备、年度目录、其他渠道', roles: ['department', 'bureau', 'admin'], body: filingSchema, headers: idempotencyHeaders, errors: [404], success: { status: 201, description: '备案结果;材料不全时 422 并列出缺少的内容', schema: filingResultSchema } },
});

/** Served by bench-baseline. */
export const benchRoutes = declareRoutes({
  'POST /v1/bench/baseline': { summary: '基准测试对照(仅 pnpm bench 启用,否则 404)', roles: ['finance', 'admin'], body: z.object({ projectId: z.string().min(1).max(100) }).passthrough(), success: { status: 200, description: '项目编号与版本', schema: benchBaselineSchema } },
});
