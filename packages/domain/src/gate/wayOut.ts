/**
 * No dead ends (issue 10 §2, decision 172): for every budget-gate rule of every pack, how a project or system that
 * it stops gets money later through the API — the route and the role that satisfy it — or why there is none. Pure
 * data; tests/unit/domain/wayOut.test.ts fails when a pack's gate rule has no entry, when an entry names a route,
 * role, milestone, record or authority record the API does not have, or when an override is declared for an absolute
 * rule. A way out "after admission" of a review item goes through reopening (POST …/reviews/{item}/reopen).
 */
import type { Jurisdiction } from '@gov/rules';
import type { MilestoneType } from '@gov/schemas';

type Role = 'department' | 'bureau' | 'finance' | 'admin';

export type WayOut =
  /** Any route, by the role that may call it: `how` says what to send. */
  | { kind: 'route'; route: string; role: Role; how: string }
  /** A milestone, by the role docs/milestone-roles.md names for it. */
  | { kind: 'milestone'; milestone: MilestoneType; how: string }
  /** A named record (milestone `record`), by its role (lifecycle/roles.ts RECORD_FIELDS). */
  | { kind: 'record'; name: string; how: string }
  /** An authority record (lifecycle/authorityKinds.ts), by its role. */
  | { kind: 'authority'; name: string; how: string }
  /** An override of a "原则上" rule by the pack's override authority (POST /v1/budget-gate/overrides). */
  | { kind: 'override'; how: string };

export type GateExit =
  | { ways: readonly WayOut[] }
  /** The denial is final by the regulation's words (termination, a forbidden kind of spending): why. */
  | { end: string }
  /** No route records the fact the rule denies on, so the API can never reach this denial: what would. */
  | { notRecorded: string };

const CHECKS = 'POST /v1/budget-gate/checks';
const DECISIONS = 'POST /v1/budget-gate/decisions';
const SYSTEM_STATUS = 'POST /v1/systems/{id}/status';
const REVIEWS = 'POST /v1/projects/{id}/reviews';

/** Finance asks again for what may be paid (the denial is about the request itself: items, channel, purpose). */
const request = (how: string): WayOut => ({ kind: 'route', route: CHECKS, role: 'finance', how });
const decision = (how = '审核人员对该审阅事项作出审核决定'): WayOut => ({ kind: 'route', route: DECISIONS, role: 'bureau', how });
const systemStatus = (how: string): WayOut => ({ kind: 'route', route: SYSTEM_STATUS, role: 'bureau', how });
const review = (how: string): WayOut => ({ kind: 'route', route: REVIEWS, role: 'bureau', how });
const milestone = (m: MilestoneType, how: string): WayOut => ({ kind: 'milestone', milestone: m, how });
const record = (name: string, how: string): WayOut => ({ kind: 'record', name, how });
const authority = (name: string, how: string): WayOut => ({ kind: 'authority', name, how });
const override = (how = '由规则包的例外批准机关批准例外(理由、依据文件)'): WayOut => ({ kind: 'override', how });

const SANCTIONS = '处理措施(暂缓拨付、暂停建设、终止)由作出处理的机关在本系统外决定,目前没有记录处理措施的接口,因此闸口不会因此拒绝;记录处理措施时须同时提供解除处理的记录';
const OPEN_FINDINGS = '监督检查发现的问题(openFindings)目前没有记录接口,闸口不会因此拒绝;记录问题时须同时提供整改结论的记录';
const APPROVAL = milestone('approval', '审批部门记录批复(日期、批复概算)');
const LIBRARY = review('审核人员记录全部审核事项,项目入库(已入库项目不会因此被拒绝)');

export const GATE_WAY_OUT: Record<Jurisdiction, Record<string, GateExit>> = {
  hongshan: {
    'HS-05-not-in-library': { ways: [LIBRARY, override(), request('仅申请前期工作费用(可研编制等)')] },
    'HS-05-approved-before-pay': { ways: [APPROVAL] },
    'HS-22-within-estimate': { ways: [request('本次支付金额不超过批复概算余额'), APPROVAL] },
    'HS-22-surplus-return': { ways: [record('累计自行调整数额', '审批部门记录调整;结余按规定退回后再申请'), decision()] },
    'HS-22-treasury': { ways: [request('注明通过国库集中支付(channel)')] },
    'HS-25-prep-costs': { ways: [request('前期工作费用由部门预算列支:从本次申请中去除')] },
    'HS-24-free-om-no-paid-om': { ways: [request('申请的运维期不与免费运维期重叠'), override()] },
    'HS-35-1-no-sharing': { ways: [systemStatus('审批部门认定系统已对接共享(interconnected、dataShared)'), override()] },
    'HS-35-2a-gov-service-platform': { ways: [systemStatus('审批部门认定系统已接入政务服务平台'), override()] },
    'HS-35-2b-office-platform': { ways: [systemStatus('审批部门认定系统已接入协同办公平台'), override()] },
    'HS-35-3-security': { ways: [systemStatus('审批部门认定密码应用与网络安全合规(cryptoCompliant、cybersecurityCompliant)')] },
    'HS-35-4-stopped-zombie': { ways: [systemStatus('审批部门认定系统恢复运行(status running)'), { kind: 'route', route: 'POST /v1/systems/{id}/usage', role: 'department', how: '报送使用情况' }] },
    'HS-21-suspended': { notRecorded: SANCTIONS },
    'HS-37-sanctions': { notRecorded: SANCTIONS },
    'HS-32-eval-basis': { ways: [decision('审核人员结合评估结论作出审核决定')] },
    'HS-14-sharing-basis': { ways: [decision('审核人员结合共享范围作出审核决定')] },
    'HS-40-om-audit-log': { ways: [decision()] },
  },
  bijie: {
    'BJ-10-library-and-plan': {
      ways: [
        LIBRARY,
        authority('年度实施计划', '审批部门记录项目列入年度实施计划(附文件)'),
        authority('年度实施计划(市人民政府批准)', '审批部门记录市人民政府批准年度实施计划(附文件)'),
        authority('财政部门预算审核', '审批部门记录财政部门会同大数据部门的预算审核意见(附文件)'),
        { kind: 'route', route: 'PUT /v1/plans/{id}/lines', role: 'bureau', how: '列入年度计划(计划下达后即为计划行)' },
      ],
    },
    'BJ-10-soe-no-fiscal': { end: '第十条:市属国企项目由企业自行筹措资金,不得使用市级财政资金(改用非财政资金来源的支付不经本闸口)' },
    'BJ-11-support-scope': { ways: [request('去除不属于支持范围的明细')] },
    'BJ-11-1-staff-public': { ways: [request('去除人员经费、公用经费明细')] },
    'BJ-11-2-business-ops': { ways: [request('去除业务运行经费明细')] },
    'BJ-11-3-office-building': { ways: [request('去除办公用房建设明细')] },
    'BJ-12-slow-execution': { ways: [record('资金执行进度滞后', '财政部门更正执行进度记录'), decision('审核人员对推迟或终止实施作出审核决定')] },
    'BJ-16-contract-before-pay': { ways: [milestone('contract_signed', '记录三方合同签订')] },
    'BJ-31-block': { notRecorded: OPEN_FINDINGS },
    'BJ-31-1-noncompliant': { notRecorded: OPEN_FINDINGS },
    'BJ-31-2-unauthorised-change': { ways: [record('服务内容已调整', '审批部门更正调整记录'), authority('年度实施计划(市人民政府批准)', '按规定批准后记录')] },
    'BJ-31-3-not-on-city-cloud': { ways: [systemStatus('审批部门认定系统部署在市级政务云')] },
    'BJ-31-4-not-on-service-platform': { ways: [systemStatus('审批部门认定系统已接入政务服务平台')] },
    'BJ-31-5-no-sharing': { ways: [systemStatus('审批部门认定系统已共享数据(dataShared)')] },
    'BJ-31-6-security': { notRecorded: OPEN_FINDINGS },
    'BJ-31-7-no-domestic-crypto': { ways: [systemStatus('审批部门认定已采用国产密码(cryptoCompliant)')] },
    'BJ-31-8-third-party-system': { ways: [systemStatus('审批部门认定第(一)至(七)项问题已解决'), review('重新打开后记录市级大数据部门服务方案评审')] },
    'BJ-31-9-other': { notRecorded: OPEN_FINDINGS },
    'BJ-32-ex-ante-major': { ways: [{ kind: 'route', route: 'PUT /v1/projects/{id}', role: 'department', how: '退回补正时附事前绩效评估报告(入库后只能由审批部门重新打开审核事项后补正)' }] },
    'BJ-33-eval-basis': { ways: [decision('审核人员结合综合评价作出审核决定')] },
  },
  jinjiang: {
    'JJ-09-library-only': { ways: [LIBRARY] },
    'JJ-07-reserve-no-funds': { ways: [authority('年度计划:区政府常务会议', '审批部门记录项目列入年度计划(附文件)'), { kind: 'route', route: 'PUT /v1/plans/{id}/lines', role: 'bureau', how: '列入年度计划' }, override()] },
    'JJ-10-decision-gate': { ways: [authority('区政府常务会议', '审批部门记录区政府常务会议审定(附文件)'), authority('区委常委会议', '审批部门记录区委常委会议审定(附文件)')] },
    'JJ-16-stopped-no-om': { end: '第十六条:信息系统停止运行后不得再申请运维费用' },
    'JJ-17-eval-basis': { ways: [record('绩效评价结果', '审批部门记录整改后的绩效评价结果'), decision()] },
    'JJ-17-sanctions': { notRecorded: SANCTIONS },
    'JJ-08-review-fees': { ways: [request('评审费用由组织评审的部门承担:从本次申请中去除')] },
  },
  shandong: {
    'SD-09-opinion-prereq': { ways: [authority('省政务服务管理办公室审核意见', '审批部门记录省政务服务管理办公室同意的审核意见(附文件),入库前后均可')] },
    'SD-11-funds-basis': { ways: [record('财政投资评审核定金额', '财政部门记录财政投资评审核定金额'), request('申请金额不超过评审核定金额')] },
    'SD-17-no-overrun': { ways: [request('累计拨付不超过批复投资预算'), APPROVAL, override()] },
    'SD-17-surplus-return': { ways: [decision()] },
    'SD-19-suspended': { notRecorded: SANCTIONS },
    'SD-23-unaccepted-no-funds': { ways: [milestone('acceptance_passed', '审批部门记录竣工验收通过'), milestone('extension_granted', '审批部门批准延期验收')] },
    'SD-29-sharing-platform': { ways: [systemStatus('审批部门认定系统已接入省数据共享开放平台并共享数据'), record('信息资源目录纳入共享平台目录管理系统', '审批部门记录目录已纳入')] },
    'SD-28-sharing-basis': { ways: [decision('审核人员结合共享范围和程度作出审核决定')] },
    'SD-34-sanctions': { notRecorded: SANCTIONS },
    'SD-25-level-split': { ways: [request('市县承担的部分从省级资金申请中去除(lowerLevelPortion)')] },
  },
  xichuan: {
    'XC-07-unreviewed': { ways: [authority('技术性审查', '审批部门记录县行政审批和政务信息管理局审查意见(附文件)'), override()] },
    'XC-11-disburse-basis': { ways: [authority('投资计划', '审批部门记录县发展改革委下达的投资计划(附文件)'), authority('项目实施意见', '审批部门记录项目实施意见(附文件)')] },
    'XC-11-per-approval': { ways: [request('只申请批复建设方案范围内的支付')] },
    'XC-11-surplus-return': { ways: [record('节余资金已退回', '财政部门记录节余资金已退回')] },
    'XC-22-om-review-opinion': { ways: [request('随申请附县行政审批和政务信息管理局当年度审核意见(reviewOpinion)')] },
    'XC-22-expenditure-standard': { ways: [request('按审核意见和支出标准申请(standardAmount)')] },
    'XC-23-1-no-sharing': { ways: [systemStatus('审批部门认定系统已对接共享')] },
    'XC-23-2a-stopped-unused': { ways: [systemStatus('审批部门认定系统恢复运行'), { kind: 'route', route: 'POST /v1/systems/{id}/usage', role: 'department', how: '报送使用情况' }] },
    'XC-23-2b-eval-failed': { ways: [systemStatus('审批部门记录整改后的评估评价结论(lastEvaluation 合格)')] },
    'XC-23-3-other': { notRecorded: OPEN_FINDINGS },
    'XC-25-no-third-party-cloud-renewal': { end: '第二十五条:采购第三方云的,合同到期后不再续签(迁移至政务云的支付不是续签)' },
    'XC-21-outsourced-procurement': { ways: [record('外包运维政府采购记录', '项目单位记录外包运维的政府采购')] },
    'XC-35-sanctions': { notRecorded: SANCTIONS },
    'XC-37-third-party-eval': { ways: [decision()] },
    'XC-27-sharing-basis': { ways: [decision()] },
  },
};
