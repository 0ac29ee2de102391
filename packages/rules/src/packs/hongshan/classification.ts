/** 红山区 classification rules (catalogue §4.2). */
import { finding, rule, wan } from '../../dsl.js';
import type { RuleDef } from '../../types.js';

const UPGRADE_AS_OM = finding(
  'HS-02-upgrade-as-om',
  'SET',
  '升级改造项目总金额不超过原项目投资15%且不超过60万元,按照运维服务类项目管理。',
  { sets: { category: 'om' } },
);

export const classificationRules: readonly RuleDef[] = [
  // 第二条(二): both bounds inclusive; a missing base means the project stays 建设类. Integer fen: 100·v ≤ 15·orig.
  rule('HS-02-upgrade-as-om', 'classification', ({ facts: { project: p } }) => {
    if (p.subtype !== 'upgrade' || p.originalInvestment === undefined) return null;
    const total = p.amountTotal + (p.priorUpgradesLast12Months ?? 0);
    return total * 100 <= p.originalInvestment * 15 && total <= wan(60) ? UPGRADE_AS_OM : null;
  }),
];
