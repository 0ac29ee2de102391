/** 淅川县 pre-review rules (catalogue §4.3): technical review, intensive deployment, sharing and security. */

import type { DocumentFacts } from '../../facts.js';
import type { RuleHandle } from '../../dsl.js';
import type { Finding, RuleDef } from '../../types.js';
import { COUNTY_DEPLOYMENT_TARGETS } from './common.js';
import { XC_03_FRUGALITY, XC_07_REVIEW_CRITERIA, XC_25_CLOUD_DEPLOY, XC_25_MIGRATE, XC_25_NO_OWN_INFRA, XC_26_CONSULTANT_OPINION, XC_26_SHARING_CHAPTER, XC_27_SHARING_MECHANISM, XC_30_SECURITY_SYSTEM, XC_31_CRYPTO_SYNC, XC_32_GRADED_PROTECTION, XC_33_RELIABLE_PRODUCTS } from './rules.js';
import { isPresent } from '../shared.js';
import { hasName, sameName } from '../../names.js';

const REVIEW_CRITERIA = XC_07_REVIEW_CRITERIA.finding(
  'CHECK',
  '县行政审批和政务信息管理局审查并出具项目审查意见:建设的必要性、规模的合理性、技术的先进性、安全的可靠性、项目的集约性是否均符合要求?',
  { requires: ['项目审查意见(必要性、规模合理性、技术先进性、安全可靠性、集约性)'] },
);

/** 第二十[五]条 "不得单独新建机房、网络、存储资源、计算资源等基础设施". */
const INFRA_TYPES: ReadonlySet<string> = new Set(['机房', '网络', '存储资源', '计算资源']);
const NO_OWN_INFRA_MSG = '政务信息化项目不得单独新建机房、网络、存储资源、计算资源等基础设施,应依托县级政务云平台和县级电子政务网络平台集约化建设。请删除以下单独新建的基础设施:';

const CLOUD_WRONG = XC_25_CLOUD_DEPLOY.finding(
  'REJECT',
  '政务信息化项目应依托县级政务云平台和县级电子政务网络平台进行集约化部署建设;本项目拟部署位置不是县级政务云或县级电子政务网络平台。',
);
const DEPLOY_REQ = ['部署位置(县级政务云平台/县级电子政务网络平台)'] as const;
const CLOUD_UNSTATED = XC_25_CLOUD_DEPLOY.require(DEPLOY_REQ, DEPLOY_REQ, '政务信息化项目应依托县级政务云平台和县级电子政务网络平台进行集约化部署建设,请注明部署位置。');

const MIGRATE_MSG = '已建、在建的机房和非涉密信息系统应按照资源整合、集中管理的要求,通过物理搬迁、应用迁移等形式向县政务云平台整合;以下系统尚未部署在县级政务云:';

const SHARING_DOCS: readonly string[] = ['可行性研究报告', '初步设计方案', '实施方案'];
const SHARING_CHAPTERS: readonly string[] = ['信息资源共享分析篇(章)', '信息资源共享应用分析', '信息资源目录', '数据共享开放清单'];
const SHARING_MSG = '项目可行性研究报告、初步设计方案或实施方案中应当包括信息资源共享分析篇(章),包括信息资源共享应用分析、信息资源目录、数据共享开放清单等。';
const SHARING_REQ: ReadonlyMap<string, readonly string[]> = new Map(SHARING_DOCS.map((t) => [t, Object.freeze(SHARING_CHAPTERS.map((c) => `${t}:${c}`))]));
const SHARING_BIT: ReadonlyMap<string, number> = new Map(SHARING_DOCS.map((t, i) => [t, 1 << i]));
/** The complete finding for every combination of the three documents present (bit i = SHARING_DOCS[i]). */
const SHARING_BY_MASK: readonly Finding[] = Array.from({ length: 1 << SHARING_DOCS.length }, (_, mask) => {
  const requires: string[] = [];
  SHARING_DOCS.forEach((t, i) => {
    if (mask & (1 << i)) requires.push(...SHARING_REQ.get(t)!);
  });
  return XC_26_SHARING_CHAPTER.require(Object.freeze(requires), [], SHARING_MSG);
});

const CONSULT_DOC = '咨询评估报告';
const CONSULT_CHAPTER = '信息资源共享分析篇(章)评估意见';
const CONSULT_REQ = [`${CONSULT_DOC}:${CONSULT_CHAPTER}`] as const;
const CONSULT_MSG = '咨询评估单位的评估报告应当包括对信息资源共享分析篇(章)的评估意见。';
const CONSULT_OK = XC_26_CONSULTANT_OPINION.require(CONSULT_REQ, [], CONSULT_MSG);
const CONSULT_MISSING = XC_26_CONSULTANT_OPINION.require(CONSULT_REQ, CONSULT_REQ, CONSULT_MSG);

/** P1 attestation: a CHECK item for the reviewer, plus a blocking REQUIRE while the applicant's declaration is missing. */
function attestation(id: RuleHandle, field: string, text: string): { ok: readonly Finding[]; missing: readonly Finding[] } {
  const check = id.finding('CHECK', `${text}(项目建设单位承诺是否落实?)`, { requires: [field] });
  return {
    ok: Object.freeze([check]),
    missing: Object.freeze([id.require([field], [field], `${text}请提交项目责任人签署的承诺。`), check]),
  };
}

export const XC_SHARING_ATTESTATION = '信息共享机制承诺';
export const XC_SECURITY_ATTESTATION = '网络安全管理制度承诺';
export const XC_CRYPTO_ATTESTATION = '密码保障系统同步规划建设运行承诺';
const SHARING_MECHANISM = attestation(
  XC_27_SHARING_MECHANISM,
  XC_SHARING_ATTESTATION,
  '项目运行使用阶段应建立共享信息目录和数据实时更新、信息共享长效机制以及共享信息使用情况反馈机制,不得将应当普遍共享的数据仅向特定企业、社会组织开放。',
);
const SECURITY = attestation(
  XC_30_SECURITY_SYSTEM,
  XC_SECURITY_ATTESTATION,
  '项目建设单位应建立网络安全管理制度和技术措施,加强政务信息化项目与数据资源的安全保密工作。',
);
const CRYPTO = attestation(
  XC_31_CRYPTO_SYNC,
  XC_CRYPTO_ATTESTATION,
  '项目建设单位应按照《中华人民共和国密码法》等要求,同步规划、同步建设、同步运行密码保障系统并定期评估。',
);

const GRADED_REQ = ['等级保护定级材料', '网络与信息安全风险评估报告'] as const;
const GRADED_MSG = '非涉密项目应按照国家和省关于网络与信息安全风险评估的有关规定,严格落实等级保护要求。';
const GRADED_OK = XC_32_GRADED_PROTECTION.require(GRADED_REQ, [], GRADED_MSG);

/** 第三十[三]条 关键产品. */
const KEY_PRODUCTS: ReadonlySet<string> = new Set(['信息安全设备', '核心网络设备', '基础软件', '系统软件', '业务应用软件']);
export const XC_RELIABLE_PRODUCTS_FIELD = '关键产品自主可靠情况说明';
const RELIABLE_CHECK = XC_33_RELIABLE_PRODUCTS.finding(
  'CHECK',
  '信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品是否优先采购自主可靠产品?未采用的是否说明理由?',
  { requires: [XC_RELIABLE_PRODUCTS_FIELD] },
);
const RELIABLE_OK = Object.freeze([RELIABLE_CHECK]);
const RELIABLE_MISSING = Object.freeze([
  XC_33_RELIABLE_PRODUCTS.require(
    [XC_RELIABLE_PRODUCTS_FIELD],
    [XC_RELIABLE_PRODUCTS_FIELD],
    '项目采购清单含关键产品,请逐项说明是否为自主可靠产品,未采用的说明理由。',
  ),
  RELIABLE_CHECK,
]);

const FRUGALITY = XC_03_FRUGALITY.finding(
  'CHECK',
  '项目是否坚持“过紧日子”思想,充分利用现有信息化基础设施,避免盲目投资和重复建设,避免贪大求洋、华而不实、铺张浪费?',
);

function chaptersOf(d: DocumentFacts, chapter: string): boolean {
  return hasName(d.chapters, chapter);
}

export const preReviewRules: readonly RuleDef[] = [
  // 第七条: the 局's review on five criteria (judgement: checklist + sign-off).
  XC_07_REVIEW_CRITERIA.rule(() => REVIEW_CRITERIA),

  // 第二十[五]条: no standalone 机房/网络/存储资源/计算资源 (classified projects are out of pack, XC-38).
  XC_25_NO_OWN_INFRA.rule(({ facts: { project: p } }) => {
    const items = p.lineItems;
    if (!items || p.flags.classified === true) return null;
    let bad: string[] | null = null;
    for (const li of items) if (li.standaloneNew === true && INFRA_TYPES.has(li.type)) (bad ??= []).push(li.type);
    if (!bad) return null;
    return XC_25_NO_OWN_INFRA.finding('REJECT', NO_OWN_INFRA_MSG + bad.join('、') + '。', { detail: { lineItems: bad } });
  }),

  // 第二十[五]条 "应依托县级政务云平台和县级电子政务网络平台进行集约化部署建设". An exception is an override.
  XC_25_CLOUD_DEPLOY.rule(({ facts: { project: p } }) => {
    if (p.flags.classified === true) return null;
    const t = p.deploymentTarget;
    if (t === undefined || t === '') return CLOUD_UNSTATED;
    return COUNTY_DEPLOYMENT_TARGETS.has(t) ? null : CLOUD_WRONG;
  }),

  // 第二十[五]条: existing non-classified systems not on 县级政务云 must migrate (no deadline stated).
  XC_25_MIGRATE.rule(({ facts }) => {
    let ids: string[] | null = null;
    const s = facts.system;
    if (s && s.classified !== true && s.status !== 'stopped' && s.deploymentTarget !== '县级政务云' && s.deploymentTarget !== '县级政务云平台') {
      (ids ??= []).push(s.id);
    }
    const others = facts.unit?.systems;
    if (others) {
      for (const o of others) {
        if (o.classified === true || o.status === 'stopped' || o.deploymentTarget === '县级政务云' || o.deploymentTarget === '县级政务云平台') continue;
        if (s && o.id === s.id) continue;
        (ids ??= []).push(o.id);
      }
    }
    if (!ids) return null;
    return XC_25_MIGRATE.finding('FLAG', MIGRATE_MSG + ids.join('、') + '。', { detail: { systems: ids } });
  }),

  // 第二十[六]条: the sharing chapter and its three contents in every 可研 / 初步设计方案 / 实施方案 present.
  XC_26_SHARING_CHAPTER.rule(({ facts: { project: p } }) => {
    let mask = 0;
    let missing: string[] | null = null;
    for (const d of p.documents) {
      const bit = SHARING_BIT.get(d.type);
      if (bit === undefined) continue;
      mask |= bit;
      const req = SHARING_REQ.get(d.type)!;
      for (let i = 0; i < SHARING_CHAPTERS.length; i++) if (!chaptersOf(d, SHARING_CHAPTERS[i])) (missing ??= []).push(req[i]);
    }
    if (mask === 0) return null;
    return missing ? XC_26_SHARING_CHAPTER.require(SHARING_BY_MASK[mask].requires!, missing, SHARING_MSG) : SHARING_BY_MASK[mask];
  }),

  // 第二十[六]条: a consulting evaluation report evaluates the sharing chapter.
  XC_26_CONSULTANT_OPINION.rule(({ facts: { project: p } }) => {
    for (const d of p.documents) if (sameName(d.type, CONSULT_DOC)) return chaptersOf(d, CONSULT_CHAPTER) ? CONSULT_OK : CONSULT_MISSING;
    return null;
  }),

  // 第二十[七]条: sharing mechanism attestation (operation phase).
  XC_27_SHARING_MECHANISM.rule(({ facts: { project: p } }) =>
    isPresent(p.fields?.[XC_SHARING_ATTESTATION]) ? SHARING_MECHANISM.ok : SHARING_MECHANISM.missing,
  ),

  // 第三十条: security management system attestation.
  XC_30_SECURITY_SYSTEM.rule(({ facts: { project: p } }) =>
    isPresent(p.fields?.[XC_SECURITY_ATTESTATION]) ? SECURITY.ok : SECURITY.missing,
  ),

  // 第三十[一]条: cryptography 三同步 attestation.
  XC_31_CRYPTO_SYNC.rule(({ facts: { project: p } }) => (isPresent(p.fields?.[XC_CRYPTO_ATTESTATION]) ? CRYPTO.ok : CRYPTO.missing)),

  // 第三十[二]条: non-classified projects: 等保 grading and risk assessment.
  XC_32_GRADED_PROTECTION.rule(({ facts: { project: p } }) => {
    if (p.flags.classified === true) return null;
    let missing: string[] | null = null;
    for (const t of GRADED_REQ) {
      let found = false;
      for (const d of p.documents) if (sameName(d.type, t)) { found = true; break; }
      if (!found) (missing ??= []).push(t);
    }
    return missing ? XC_32_GRADED_PROTECTION.require(GRADED_REQ, missing, GRADED_MSG) : GRADED_OK;
  }),

  // 第三十[三]条: key products on the procurement list: 自主可靠 status or a reason, judged by the reviewer.
  XC_33_RELIABLE_PRODUCTS.rule(({ facts: { project: p } }) => {
    const items = p.lineItems;
    if (!items) return null;
    let key = false;
    for (const li of items) if (KEY_PRODUCTS.has(li.type)) { key = true; break; }
    if (!key) return null;
    return isPresent(p.fields?.[XC_RELIABLE_PRODUCTS_FIELD]) ? RELIABLE_OK : RELIABLE_MISSING;
  }),

  // 第三条 "过紧日子": reviewer checklist item.
  XC_03_FRUGALITY.rule(() => FRUGALITY),
];
