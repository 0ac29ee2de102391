/**
 * 毕节市 acceptance-tracker rules (catalogue §4.5, §6.2). A-15: the text sets no numeric deadline. Due dates come from
 * the contract (验收, A-23), the text's own "每年" (annual security reports: 31 Dec, inferred), the rectification notice
 * (整改期限) or a parameter recorded by the 大数据部门 / 财政部门 (`BJ_PARAMS`); unset parameters mean "no due date".
 * Overdue obligations only FLAG: the funding consequence of an unrectified finding is BJ-31-block at the gate.
 */

import type { ProjectFacts } from '../../facts.js';
import type { RuleHandle } from '../../dsl.js';
import type { Finding, IsoDate, RuleDef } from '../../types.js';
import { yearOf } from '../../calendar/dates.js';
import { BJ_PARAMS, FIELD, RECORD, paramDate } from './common.js';
import { BJ_20_ACCEPTANCE, BJ_28_ANNUAL_SECURITY_REPORTS, BJ_31_RECTIFICATION_REPORT, BJ_32_PERFORMANCE_MONITORING, BJ_33_COMPREHENSIVE_EVAL } from './rules.js';
import { fieldPresent } from '../shared.js';

type State = 'open' | 'met' | 'overdue';

function deadline(id: RuleHandle, message: string, obligation: string, startEvent: string, state: State, due?: IsoDate, extra?: Record<string, unknown>): Finding {
  return id.finding('DEADLINE', message, {
    ...(due !== undefined ? { due } : {}),
    provisional: false,
    detail: { obligation, startEvent, state, ...(due === undefined ? { dueParameter: 'unset' } : {}), ...extra },
  });
}

const stateOf = (on: IsoDate, due: IsoDate | undefined, metOn: IsoDate | undefined): State =>
  metOn !== undefined ? 'met' : due !== undefined && on > due ? 'overdue' : 'open';

// ---------------------------------------------------------------------------------------------------------------
// BJ-20-acceptance (第二十条)

const ACCEPT_REQ = [FIELD.acceptanceByUser, FIELD.acceptanceWithBigData, FIELD.acceptanceBasis] as const;
const ACCEPT_MSG = '项目验收应由用户单位会同大数据部门和其他相关单位,按照项目三方服务合同进行。';
const ACCEPT_OK = BJ_20_ACCEPTANCE.require(ACCEPT_REQ, [], ACCEPT_MSG);

// ---------------------------------------------------------------------------------------------------------------
// BJ-28-annual-security-reports (第二十八条)

const REPORTS = [
  ['信息安全检测', RECORD.securityTest],
  ['密码安全性评估', RECORD.cryptoAssessment],
  ['风险评估', RECORD.riskAssessment],
] as const;

function securityYear(p: ProjectFacts, y: number, on: IsoDate): Finding[] {
  const due = `${y}-12-31`;
  const missing: string[] = [];
  let last: IsoDate | undefined;
  for (const [name, key] of REPORTS) {
    const d = p.records?.[key(y)];
    if (d === undefined) missing.push(name);
    else if (last === undefined || d > last) last = d;
  }
  const state = stateOf(on, due, missing.length ? undefined : last);
  const out = [
    deadline(
      BJ_28_ANNUAL_SECURITY_REPORTS,
      `项目服务单位应对${y}年度所提供的服务内容开展信息安全检测、密码安全性评估与风险评估,并将结果报送大数据部门、公安部门及密码管理部门(建议${due}前,文件未规定具体日期)。`,
      `${y}年度信息安全检测、密码安全性评估与风险评估结果报送`,
      'contractSigned',
      state,
      due,
      { year: y, missing },
    ),
  ];
  if (state === 'overdue') {
    out.push(
      BJ_28_ANNUAL_SECURITY_REPORTS.finding(
        'FLAG',
        `${y}年度尚未报送${missing.join('、')}结果(应报送大数据部门、公安部门及密码管理部门),可能构成第三十一条(六)“未按要求做好项目安全保障”问题。`,
        { detail: { year: y, missing } },
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// BJ-31-rectification-report (第三十一条)

type OpenFinding = NonNullable<NonNullable<ProjectFacts['status']>['openFindings']>[number];

function rectification(f: OpenFinding, on: IsoDate, reportedOn: IsoDate | undefined): Finding[] {
  const state: State = f.status === 'closed' ? 'met' : f.due !== undefined && on > f.due ? 'overdue' : 'open';
  const dueText = f.due ? `整改期限${f.due}` : '文件要求“及时”整改,未规定天数,以整改通知为准';
  const statusText = f.status === 'rectified_noncompliant' ? '(已整改但不符合要求)' : '';
  const out = [
    deadline(
      BJ_31_RECTIFICATION_REPORT,
      `监督检查发现的问题${f.ruleId}${statusText}应按要求及时整改,并将整改结果报送大数据部门(${dueText});整改落实到位前不再安排后续项目资金。`,
      `${f.ruleId}整改并报送整改结果`,
      'finding',
      state,
      f.due,
      { finding: f.ruleId, status: f.status, reportedOn },
    ),
  ];
  if (state === 'overdue') {
    out.push(
      BJ_31_RECTIFICATION_REPORT.finding(
        'FLAG',
        `问题${f.ruleId}已超过整改期限${f.due}仍未整改到位${reportedOn ? `(${reportedOn}报送的整改结果尚未经确认)` : ',且未报送整改结果'},后续项目资金继续暂停安排(第三十一条)。`,
        { detail: { finding: f.ruleId, due: f.due } },
      ),
    );
  }
  return out;
}

export const trackerRules: readonly RuleDef[] = [
  // 第二十条 / A-23: due = the contract's scheduled acceptance date, else the contract end; flag only.
  BJ_20_ACCEPTANCE.rule(({ facts: { project: p }, on }) => {
    const d = p.dates;
    if (!d || d.contractSigned === undefined) return null;
    const due = d.contractAcceptanceDue ?? d.contractEnd;
    const state = stateOf(on, due, d.acceptancePassed);
    const out: Finding[] = [
      deadline(
        BJ_20_ACCEPTANCE,
        due
          ? `用户单位应会同大数据部门和其他相关单位,按照项目三方服务合同约定于${due}前对项目进行验收(文件未规定验收期限,以合同约定为准)。`
          : '用户单位应会同大数据部门和其他相关单位按照项目三方服务合同对项目进行验收;合同未记录验收日期,请补录合同约定的验收时间。',
        '按三方服务合同组织项目验收',
        d.contractAcceptanceDue ? 'contractAcceptanceDue' : d.contractEnd ? 'contractEnd' : 'contractSigned',
        state,
        due,
      ),
    ];
    if (state === 'overdue') {
      out.push(BJ_20_ACCEPTANCE.finding('FLAG', `已超过三方服务合同约定的验收时间${due},项目尚未通过验收,请用户单位说明情况。`, { detail: { due } }));
    }
    if (d.acceptancePassed !== undefined) {
      let missing: string[] | undefined;
      for (const k of ACCEPT_REQ) if (!fieldPresent(p, k)) (missing ??= []).push(k);
      out.push(missing ? BJ_20_ACCEPTANCE.require(ACCEPT_REQ, missing, ACCEPT_MSG) : ACCEPT_OK);
    }
    return out;
  }),

  // 第二十八条: one obligation per contract year, from the signing year to this year (or the contract's last year).
  BJ_28_ANNUAL_SECURITY_REPORTS.rule(({ facts: { project: p }, on }) => {
    const signed = p.dates?.contractSigned;
    if (signed === undefined || signed > on) return null;
    const end = p.dates?.contractEnd;
    const last = Math.min(yearOf(on), end !== undefined ? yearOf(end) : yearOf(on));
    const out: Finding[] = [];
    for (let y = yearOf(signed); y <= last; y++) out.push(...securityYear(p, y, on));
    return out;
  }),

  // 第三十二条: 绩效运行跟踪监控和绩效自评 while the contract runs; the period is a parameter (none by default).
  BJ_32_PERFORMANCE_MONITORING.rule(({ facts: { project: p }, on }) => {
    const d = p.dates;
    if (!d || d.contractSigned === undefined || d.contractSigned > on || (d.contractEnd !== undefined && on > d.contractEnd)) return null;
    const y = yearOf(on);
    const due = paramDate(p, BJ_PARAMS.performanceDue);
    const mon = p.records?.[RECORD.performanceMonitoring(y)];
    const self = p.records?.[RECORD.performanceSelfEvaluation(y)];
    const missing: string[] = [];
    if (mon === undefined) missing.push('绩效运行跟踪监控记录');
    if (self === undefined) missing.push('绩效自评');
    const state = stateOf(on, due, missing.length ? undefined : mon! > self! ? mon : self);
    const out: Finding[] = [
      deadline(
        BJ_32_PERFORMANCE_MONITORING,
        due
          ? `用户单位应于${due}前完成${y}年度绩效运行跟踪监控和绩效自评。`
          : `用户单位应开展${y}年度绩效运行跟踪监控和绩效自评(文件未规定报送时间,由财政部门/大数据部门设定)。`,
        `${y}年度绩效运行跟踪监控和绩效自评`,
        'contractSigned',
        state,
        due,
        { year: y, missing },
      ),
    ];
    if (state === 'overdue') {
      out.push(BJ_32_PERFORMANCE_MONITORING.finding('FLAG', `已过${due},${y}年度尚未提交${missing.join('、')}。`, { detail: { year: y, missing } }));
    }
    return out;
  }),

  // 第三十三条: a third-party comprehensive evaluation after go-live, before next year's procurement (inferred).
  BJ_33_COMPREHENSIVE_EVAL.rule(({ facts: { project: p }, on }) => {
    const start = p.dates?.operationStart;
    if (start === undefined || start > on) return null;
    const due = paramDate(p, BJ_PARAMS.comprehensiveEvalDue);
    const state = stateOf(on, due, p.records?.[RECORD.comprehensiveEvaluation]);
    const out: Finding[] = [
      deadline(
        BJ_33_COMPREHENSIVE_EVAL,
        `项目已于${start}投入使用,大数据部门会同用户单位应委托第三方评估机构对用户单位的使用效果、项目服务单位的服务水平和质量、第三方评审机构方案的评审质量开展综合评估${due ? `(截止${due})` : '(文件未规定时限,应在下一年度服务采购前完成)'}。`,
        '项目投入使用后的综合评估',
        'operationStart',
        state,
        due,
        { scopes: ['使用效果', '服务水平和质量', '评审质量'] },
      ),
    ];
    if (state === 'overdue') {
      out.push(BJ_33_COMPREHENSIVE_EVAL.finding('FLAG', `已过${due},尚未形成综合评估报告。`, { detail: { due } }));
    }
    return out;
  }),

  // 第三十一条: each finding of the register (整改 "及时": the notice's 整改期限, if any).
  BJ_31_RECTIFICATION_REPORT.rule(({ facts: { project: p }, on }) => {
    const fs = p.status?.openFindings;
    if (!fs || fs.length === 0) return null;
    const reportedOn = p.records?.[RECORD.rectification];
    const out: Finding[] = [];
    for (const f of fs) if (f.ruleId.startsWith('BJ-31-')) out.push(...rectification(f, on, reportedOn));
    return out.length ? out : null;
  }),
];
