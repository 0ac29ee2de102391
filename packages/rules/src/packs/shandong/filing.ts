/**
 * 山东省 filing rules (catalogue §4.6): full-scope filing, contract filing within 5 working days, ministry-project
 * filing, change applications, acceptance filing. With `facts.filing` they check that filing; without it (the
 * deadlines question) they state the filing obligations that follow from the recorded events.
 */
import { addDays } from '../../calendar/dates.js';

import type { FilingFacts, ProjectFacts } from '../../facts.js';
import type { Finding, IsoDate, RuleDef } from '../../types.js';
import { FIELD, GSMO, RECORD, REVIEW, deadlineFinding, deadlineState, isIsoDate } from './common.js';
import { SD_03_FULL_SCOPE_FILING, SD_10_MINISTRY_FILING, SD_13_CONTRACT_5WD, SD_13_PROCURE_APPROVED_CONTENT, SD_18_CHANGE_PRIOR_APPLICATION, SD_23_ACCEPTANCE_FILING } from './rules.js';

/** A-24 (inferred parameter): filings without a deadline in the text are flagged 30 days after their trigger. */
export const UNDATED_FILING_FLAG_DAYS = 30;
/**
 * "较大变化" thresholds for 项目预算 (fen) and 建设进度 (days). Default 0: any change needs a prior 调整申请
 * until 省政务服务管理办公室 sets one. 建设目标、建设地点、主要建设内容: any change.
 */
export const CHANGE_BUDGET_THRESHOLD_FEN = 0;
/** A-12 optional FLAG level, reported in the detail (inferred). */
const CHANGE_FLAG_PERCENT = 15;

const missingAttachments = (f: FilingFacts, names: readonly string[]): string[] => {
  const out: string[] = [];
  for (const n of names) if (!f.attachments?.includes(n)) out.push(n);
  return out;
};
const missingFilingFields = (f: FilingFacts, names: readonly string[]): string[] => {
  const out: string[] = [];
  for (const n of names) {
    const v = f.fields[n];
    if (v === undefined || v === '' || v === false) out.push(n);
  }
  return out;
};

// ---- SD-03-full-scope-filing (第三条, 第四条)
const FULL_REQ = ['项目名称', '项目建设单位'] as const;
const FULL_MSG = `实行建设和运维全口径备案制度:建设和运维项目均须向${GSMO}备案,备案须载明项目名称和项目建设单位。`;
const FULL_OK = SD_03_FULL_SCOPE_FILING.require(FULL_REQ, [], FULL_MSG);

// ---- SD-10-ministry-filing (第十条)
const MINISTRY_REQ = ['国家有关部委审批文件'] as const;
const MINISTRY_MSG = `国家有关部委组织申报的项目,在部委审批后应报${GSMO}备案。`;
const MINISTRY_OK = SD_10_MINISTRY_FILING.require(MINISTRY_REQ, [], MINISTRY_MSG);
const MINISTRY_MISSING = SD_10_MINISTRY_FILING.require(MINISTRY_REQ, MINISTRY_REQ, MINISTRY_MSG);

// ---- SD-13 (第十三条)
const CONTRACT_MSG = `项目建设单位签订正式采购合同5个工作日内,应将合同文本报${GSMO}备案。`;
const CONTRACT_REQ = ['合同文本'] as const;
const CONTRACT_OK = SD_13_CONTRACT_5WD.require(CONTRACT_REQ, [], CONTRACT_MSG);
const CONTRACT_MISSING = SD_13_CONTRACT_5WD.require(CONTRACT_REQ, CONTRACT_REQ, CONTRACT_MSG);
const NO_APPROVED_CONTENT = SD_13_PROCURE_APPROVED_CONTENT.finding(
  'FLAG',
  '未见审核批准的采购内容明细,无法自动比对合同采购内容,请审核人员人工核对合同是否超出审核批准的采购内容。',
);

// ---- SD-18 (第十八条)
const CHANGE_ASPECTS = ['建设目标', '建设地点', '项目预算', '主要建设内容', '建设进度'] as const;
const CHANGE_REQ = ['事先提交的调整申请', `${GSMO}重新审核意见`] as const;
const CHANGE_MSG = `建设目标、建设地点、项目预算、主要建设内容和建设进度等发生较大变化的,项目建设单位应事先向${GSMO}提交调整申请,重新履行审核手续。`;

// ---- SD-23-acceptance-filing (第二十三条)
const ACC_REQ = ['验收报告', '验收组织单位'] as const;
const ACC_MSG = `验收完成后,验收组织单位应将验收报告相关材料报${GSMO}备案。`;
const ACC_OK = SD_23_ACCEPTANCE_FILING.require(ACC_REQ, [], ACC_MSG);

function contractSignedOn(p: ProjectFacts, f: FilingFacts | undefined): IsoDate | undefined {
  const d = p.dates?.contractSigned;
  if (d !== undefined) return d;
  const v = f?.fields['合同签订日期'];
  return isIsoDate(v) ? v : undefined;
}

export const filingRules: readonly RuleDef[] = [
  SD_03_FULL_SCOPE_FILING.rule(({ facts: { filing } }) => {
    if (!filing) return null;
    const missing = missingFilingFields(filing, FULL_REQ);
    return missing.length ? SD_03_FULL_SCOPE_FILING.require(FULL_REQ, missing, FULL_MSG) : FULL_OK;
  }),

  // No deadline in the text: flagged 30 days after the ministry approval (A-24, inferred).
  SD_10_MINISTRY_FILING.rule(({ facts: { project: p, filing }, on }) => {
    if (filing) {
      if (filing.type !== 'upstream_approval') return null;
      return missingAttachments(filing, MINISTRY_REQ).length ? MINISTRY_MISSING : MINISTRY_OK;
    }
    const approved = p.records?.[RECORD.ministryApproval];
    if (approved === undefined || approved > on) return null;
    const due = addDays(approved, UNDATED_FILING_FLAG_DAYS);
    const filed = p.records?.[RECORD.ministryFiling];
    return deadlineFinding(SD_10_MINISTRY_FILING, `${MINISTRY_MSG}(文本未规定期限,部委审批后${UNDATED_FILING_FLAG_DAYS}日仍未备案的予以提示。)`, due, false, {
      obligation: '部委审批后报省政务服务管理办公室备案',
      startEvent: 'ministry_approval',
      state: deadlineState(on, due, filed),
      inferred: true,
      recipient: GSMO,
    });
  }),

  // due = the 5th working day after signing (the signing day is not counted); a filing after it is flagged late.
  SD_13_CONTRACT_5WD.rule(({ facts: { project: p, filing }, on, calendar }) => {
    if (filing) {
      if (filing.type !== 'contract') return null;
      const req = missingAttachments(filing, CONTRACT_REQ).length ? CONTRACT_MISSING : CONTRACT_OK;
      const signed = contractSignedOn(p, filing);
      if (signed === undefined) return req;
      const due = calendar.addWorkingDays(signed, 5);
      if (filing.filedOn <= due.date) return req;
      return [
        req,
        SD_13_CONTRACT_5WD.finding('FLAG', `合同备案逾期:合同于${signed}签订,应于${due.date}前备案,实际备案日期为${filing.filedOn}。`, {
          due: due.date,
          provisional: due.provisional,
          detail: { signed, filedOn: filing.filedOn },
        }),
      ];
    }
    const signed = p.dates?.contractSigned;
    if (signed === undefined || signed > on) return null;
    const due = calendar.addWorkingDays(signed, 5);
    const filed = p.records?.[RECORD.contractFiling];
    return deadlineFinding(
      SD_13_CONTRACT_5WD,
      CONTRACT_MSG,
      due.date,
      due.provisional,
      {
        obligation: '合同文本备案',
        startEvent: 'contract_signed',
        state: deadlineState(on, due.date, filed),
        recipient: GSMO,
        ...(filed !== undefined ? { filedOn: filed, late: filed > due.date } : {}),
      },
      CONTRACT_REQ,
    );
  }),

  // Contract items must fall within the approved procurement content (type and amount per type): a reviewer decides.
  SD_13_PROCURE_APPROVED_CONTENT.rule(({ facts: { project: p, filing } }) => {
    if (!filing || filing.type !== 'contract' || !filing.contractItems) return null;
    const approvedItems = p.lineItems;
    if (!approvedItems || approvedItems.length === 0) return NO_APPROVED_CONTENT;
    const approved = new Map<string, number>();
    for (const li of approvedItems) approved.set(li.type, (approved.get(li.type) ?? 0) + li.amount);
    const contracted = new Map<string, number>();
    for (const li of filing.contractItems) contracted.set(li.type, (contracted.get(li.type) ?? 0) + li.amount);
    const outside: string[] = [];
    const over: string[] = [];
    for (const [type, amount] of contracted) {
      const a = approved.get(type);
      if (a === undefined) outside.push(type);
      else if (amount > a) over.push(type);
    }
    if (outside.length === 0 && over.length === 0) return null;
    const parts: string[] = [];
    if (outside.length) parts.push(`超出审核批准采购内容的项目:${outside.join('、')}`);
    if (over.length) parts.push(`金额超过审核批准金额的项目:${over.join('、')}`);
    return SD_13_PROCURE_APPROVED_CONTENT.finding(
      'FLAG',
      `项目建设单位应按审核批准的采购内容组织采购活动。${parts.join(';')},请审核人员核实。`,
      { detail: { outside, over } },
    );
  }),

  // goal / location / main content: any change; budget and schedule: above a threshold (default 0).
  SD_18_CHANGE_PRIOR_APPLICATION.rule(({ facts: { project: p, filing } }) => {
    if (!filing || filing.type !== 'change' || !filing.change) return null;
    const c = filing.change;
    const material: string[] = [];
    const listed = c.changedAspects ?? [];
    for (const a of CHANGE_ASPECTS) if (listed.includes(a)) material.push(a);
    if (!c.goalUnchanged && !material.includes('建设目标')) material.push('建设目标');
    const base = p.approvedEstimate ?? p.amountTotal;
    const delta = Math.abs(c.newTotal - base);
    const budgetChange = delta > c.adjustAmount ? delta : c.adjustAmount;
    if (budgetChange > CHANGE_BUDGET_THRESHOLD_FEN && !material.includes('项目预算')) material.push('项目预算');
    if (material.length === 0) return null;
    const missing: string[] = [];
    const appliedOn = p.records?.[RECORD.changeApplication];
    if (appliedOn === undefined || appliedOn > filing.filedOn) missing.push(CHANGE_REQ[0]);
    if (p.status?.reviews?.[REVIEW.changeReview] !== 'pass') missing.push(CHANGE_REQ[1]);
    return SD_18_CHANGE_PRIOR_APPLICATION.require(CHANGE_REQ, missing, `${CHANGE_MSG}本次变化涉及:${material.join('、')}。`, {
      detail: {
        aspects: material,
        budgetChange,
        budgetChangeAbove15Percent: budgetChange * 100 > CHANGE_FLAG_PERCENT * base,
        ...(appliedOn !== undefined ? { applicationOn: appliedOn } : {}),
      },
    });
  }),

  // Filed by the acceptance organiser; no deadline in the text: flagged 30 days after acceptance (A-24, inferred).
  SD_23_ACCEPTANCE_FILING.rule(({ facts: { project: p, filing }, on }): Finding | readonly Finding[] | null => {
    if (filing) {
      if (filing.type !== 'acceptance') return null;
      const missing = missingAttachments(filing, ACC_REQ.slice(0, 1));
      for (const m of missingFilingFields(filing, ACC_REQ.slice(1))) missing.push(m);
      const req = missing.length ? SD_23_ACCEPTANCE_FILING.require(ACC_REQ, missing, ACC_MSG) : ACC_OK;
      const filer = filing.fields['验收组织单位'];
      const organiser = p.fields?.[FIELD.acceptanceOrganiser];
      if (filer !== undefined && organiser !== undefined && filer !== organiser) {
        return [
          req,
          SD_23_ACCEPTANCE_FILING.finding('FLAG', `验收备案应由验收组织单位报送:项目记录的验收组织单位为"${String(organiser)}",本次备案单位为"${String(filer)}"。`, {
            detail: { filer, organiser },
          }),
        ];
      }
      return req;
    }
    const passed = p.dates?.acceptancePassed;
    if (passed === undefined || passed > on) return null;
    const due = addDays(passed, UNDATED_FILING_FLAG_DAYS);
    const filed = p.records?.[RECORD.acceptanceFiling];
    return deadlineFinding(SD_23_ACCEPTANCE_FILING, `${ACC_MSG}(文本未规定期限,验收完成后${UNDATED_FILING_FLAG_DAYS}日仍未备案的予以提示。)`, due, false, {
      obligation: '验收报告相关材料备案',
      startEvent: 'acceptance_passed',
      state: deadlineState(on, due, filed),
      inferred: true,
      recipient: GSMO,
    }, ['验收报告']);
  }),
];
