/** 山东省 classification rules (catalogue §4.2): scope, routing to the provincial bodies, extra approvals. */

import type { LineItemFacts } from '../../facts.js';
import type { Finding, RuleDef } from '../../types.js';
import { FIELD, GSMO, RECORD, REVIEW, present } from './common.js';
import { SD_02_EXCLUDE_OFFICE, SD_02_SCOPE, SD_04_CLASSIFIED, SD_04_FINANCE, SD_04_GSMO_REVIEW, SD_04_MULTILEVEL, SD_04_NDRC, SD_10_MINISTRY_CONSENT, SD_40_LOCAL_ADOPTION } from './rules.js';
import { yuanText } from '../shared.js';

// ---- SD-02-scope (第二条)
const IN_SCOPE = SD_02_SCOPE.finding(
  'SET',
  '属于本办法所称政务信息系统项目(政府投资建设、政府与社会企业联合建设、政府向社会购买服务或需要政府资金运行维护的政务信息系统)。',
  { sets: { inScope: true } },
);
const OUT_OF_SCOPE = SD_02_SCOPE.finding(
  'SET',
  '未见政府投资建设、政府与社会企业联合建设、政府向社会购买服务或需要政府资金运行维护等情形,不属于本办法所称政务信息系统项目;如属上述情形,请补充建设(资金)模式。',
  { sets: { inScope: false } },
);

// ---- SD-02-exclude-office (第二条 "(不含办公终端设备和软件)")
const isOfficeTerminal = (li: LineItemFacts): boolean => li.type.includes('办公终端');
const OFFICE_ONLY = SD_02_EXCLUDE_OFFICE.finding(
  'SET',
  '项目内容全部为办公终端设备和软件,不属于本办法所称政务信息系统(不含办公终端设备和软件),不能按政务信息系统项目申报。',
  { sets: { inScope: false } },
);

// ---- SD-04 routing (第四条, 第八条)
const GSMO_ROUTE = '省政务服务管理办公室规划审核';
const GSMO_REVIEW = SD_04_GSMO_REVIEW.finding('ROUTE', `省级政务信息系统项目由${GSMO}进行规划审核(集中评审)和全口径备案。`, {
  route: GSMO_ROUTE,
});
const NDRC_ROUTE = '省发展改革委立项审批';
const NDRC = SD_04_NDRC.finding(
  'ROUTE',
  `涉及固定资产投资的政务信息系统项目,在取得${GSMO}审核意见后,由省发展改革委进行立项审批。`,
  { route: NDRC_ROUTE, sets: { extraApprovals: [NDRC_ROUTE] } },
);
const FINANCE_ROUTE = '省财政厅预算评审';
const FINANCE = SD_04_FINANCE.finding('ROUTE', '政务信息系统项目的预算评审、政府采购监管及建设和运维经费统筹安排由省财政厅负责,项目须经省财政厅预算评审。', {
  route: FINANCE_ROUTE,
});

const SECRECY_REQ = [REVIEW.secrecyBureau] as const;
const SECRECY_MSG = '涉密项目有关事宜须经省国家保密局审查确认。';
const SECRECY_OK = SD_04_CLASSIFIED.require(SECRECY_REQ, [], SECRECY_MSG, { sets: { extraApprovals: SECRECY_REQ } });
const SECRECY_MISSING = SD_04_CLASSIFIED.require(SECRECY_REQ, SECRECY_REQ, SECRECY_MSG, { sets: { extraApprovals: SECRECY_REQ } });

const MULTILEVEL = SD_04_MULTILEVEL.finding(
  'FLAG',
  '省直部门需要市、县(市、区)共同参与的项目,实行统筹规划、分级立项、协同建设、整合共享:省级部分在本省级项目立项,市、县(市、区)承担部分由同级分别立项,请关联各级立项记录。',
  { sets: { decisionLevel: '分级立项' } },
);

// ---- SD-10-ministry-consent (第十条)
const CONSENT_REQ = [REVIEW.ministryConsent] as const;
const CONSENT_MSG = `国家有关部委组织地方申报的项目,组织申报前须取得${GSMO}同意申报的审核意见。`;
const CONSENT_OK = SD_10_MINISTRY_CONSENT.require(CONSENT_REQ, [], CONSENT_MSG);
const CONSENT_MISSING = SD_10_MINISTRY_CONSENT.require(CONSENT_REQ, CONSENT_REQ, CONSENT_MSG);
const CONSENT_LATE = SD_10_MINISTRY_CONSENT.require(
  CONSENT_REQ,
  CONSENT_REQ,
  `${CONSENT_MSG}记录显示同意申报的审核意见晚于向部委申报的日期(或未记录取得日期),不能视为事先取得。`,
);

// ---- SD-40-local-adoption (第四十条)
const LOCAL = SD_40_LOCAL_ADOPTION.finding(
  'SET',
  '本办法适用于省级政务部门;市、县(市、区)的项目不直接适用本办法,应适用当地参照本办法制订的管理办法。',
  { sets: { inScope: false } },
);

export const classificationRules: readonly RuleDef[] = [
  // Funding mode decides; without one, government (fiscal) money counts as 政府投资. A non-provincial applicant is
  // left to SD-40-local-adoption.
  SD_02_SCOPE.rule(({ facts: { project: p } }) => {
    const level = p.applicant.level;
    if (level !== undefined && level !== 'province') return null;
    if (p.fundingMode !== undefined) return IN_SCOPE;
    for (const s of p.fundingSources) if (s === 'local_fiscal' || s === 'upper_fiscal') return IN_SCOPE;
    return OUT_OF_SCOPE;
  }),

  // Office terminals are stripped from the project (FLAG listing them); a project made only of them is out of scope.
  // Not REJECT: the classification decision reads REJECT as "the whole project is out of scope".
  SD_02_EXCLUDE_OFFICE.rule(({ facts: { project: p } }) => {
    const items = p.lineItems;
    if (!items || items.length === 0) return null;
    let excluded: string[] | null = null;
    let amount = 0;
    for (const li of items) {
      if (isOfficeTerminal(li)) {
        (excluded ??= []).push(li.type);
        amount += li.amount;
      }
    }
    if (!excluded) return null;
    if (excluded.length === items.length) return OFFICE_ONLY;
    return SD_02_EXCLUDE_OFFICE.finding(
      'FLAG',
      `政务信息系统不含办公终端设备和软件,以下内容应从项目中剔除,不得列入项目投资:${excluded.join('、')}(合计${yuanText(amount)}元)。`,
      { detail: { excludedLineItems: excluded, excludedAmount: amount } },
    );
  }),

  SD_04_GSMO_REVIEW.rule(() => GSMO_REVIEW),

  SD_04_NDRC.rule(({ facts: { project: p } }) => (p.flags.fixedAssetInvestment === true ? NDRC : null)),

  SD_04_FINANCE.rule(() => FINANCE),

  SD_04_CLASSIFIED.rule(({ facts: { project: p } }) => {
    if (p.flags.classified !== true) return null;
    return p.status?.reviews?.[REVIEW.secrecyBureau] === 'pass' ? SECRECY_OK : SECRECY_MISSING;
  }),

  SD_04_MULTILEVEL.rule(({ facts: { project: p } }) => (p.flags.crossLevel === true ? MULTILEVEL : null)),

  // The consent must precede the application to the ministry when that date is recorded.
  SD_10_MINISTRY_CONSENT.rule(({ facts: { project: p } }): Finding | null => {
    if (!present(p, FIELD.ministryProgram)) return null;
    if (p.status?.reviews?.[REVIEW.ministryConsent] !== 'pass') return CONSENT_MISSING;
    const appliedOn = p.records?.[RECORD.ministryApplication];
    if (appliedOn !== undefined) {
      const consentOn = p.records?.[RECORD.ministryConsent];
      if (consentOn === undefined || consentOn > appliedOn) return CONSENT_LATE;
    }
    return CONSENT_OK;
  }),

  SD_40_LOCAL_ADOPTION.rule(({ facts: { project: p } }) => {
    const level = p.applicant.level;
    return level !== undefined && level !== 'province' ? LOCAL : null;
  }),
];
