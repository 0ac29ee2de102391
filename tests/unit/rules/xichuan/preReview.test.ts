import { describe, expect, it } from 'vitest';
import { byRule, decided, one, preReviewF, preReviewP, withFields, xcProject, xcSystem } from './fixtures.js';

describe('XC-07-review-criteria (第七条): the 局 reviews five criteria', () => {
  it('a CHECK item for the reviewer', () => {
    const d = preReviewP(xcProject());
    const f = one(d.findings, 'XC-07-review-criteria');
    expect(f.outcome).toBe('CHECK');
    expect(f.message).toContain('技术的先进性');
    expect(d.reviewerTasks.map((x) => x.ruleId)).toContain('XC-07-review-criteria');
  });
  it('a failed review rejects', () => {
    const p = xcProject();
    const d = preReviewP({ ...p, status: { ...p.status, decisions: { 'XC-07-review-criteria': { result: 'fail', reviewer: '李审查', on: '2026-03-01' } } } });
    expect(d.outcome).toBe('rejected');
  });
});

describe('XC-25-no-own-infra (第二十[五]条): no standalone 机房/网络/存储/计算', () => {
  it('a standalone new 机房 is rejected', () => {
    const d = preReviewP(xcProject({ lineItems: [{ type: '机房', amount: 100, standaloneNew: true }] }));
    expect(d.outcome).toBe('rejected');
    expect(one(d.findings, 'XC-25-no-own-infra').message).toContain('机房');
  });
  it('storage resources on the county cloud (not standalone) are fine', () => {
    expect(byRule(preReviewP(xcProject({ lineItems: [{ type: '存储资源', amount: 100, standaloneNew: false }] })).findings, 'XC-25-no-own-infra')).toHaveLength(0);
  });
  it('classified projects are out of pack', () => {
    expect(
      byRule(preReviewP(xcProject({ flags: { classified: true }, lineItems: [{ type: '计算资源', amount: 100, standaloneNew: true }] })).findings, 'XC-25-no-own-infra'),
    ).toHaveLength(0);
  });
});

describe('XC-25-cloud-deploy (第二十[五]条): deploy on 县级政务云 / 县级电子政务网络平台', () => {
  it('县级政务云: silent', () => {
    expect(byRule(preReviewP(xcProject()).findings, 'XC-25-cloud-deploy')).toHaveLength(0);
  });
  it('县级电子政务网络平台: silent', () => {
    expect(byRule(preReviewP(xcProject({ deploymentTarget: '县级电子政务网络平台' })).findings, 'XC-25-cloud-deploy')).toHaveLength(0);
  });
  it('a third-party cloud: rejected', () => {
    const d = preReviewP(xcProject({ deploymentTarget: '第三方商业云' }));
    expect(one(d.findings, 'XC-25-cloud-deploy').outcome).toBe('REJECT');
    expect(d.outcome).toBe('rejected');
  });
  it('an exception recorded by the authority lifts the block', () => {
    const p = xcProject({ deploymentTarget: '市级政务云' });
    const d = preReviewP({
      ...p,
      status: { ...p.status, overrides: { 'XC-25-cloud-deploy': { authority: '县行政审批和政务信息管理局', reason: '市级统建', documentRef: '宛政数[2026]3号', on: '2026-02-01' } } },
    });
    expect(d.blocking.map((f) => f.ruleId)).not.toContain('XC-25-cloud-deploy');
  });
  it('no deployment stated: returned for 补正', () => {
    const d = preReviewP(xcProject({ deploymentTarget: undefined }));
    expect(one(d.findings, 'XC-25-cloud-deploy').outcome).toBe('REQUIRE');
    expect(d.outcome).toBe('returned');
  });
});

describe('XC-25-migrate (第二十[五]条): existing systems move to the 县政务云', () => {
  it('a related system in a self-built machine room is flagged', () => {
    const d = preReviewF({ project: xcProject(), system: xcSystem({ deploymentTarget: '单位自建机房' }) });
    const f = one(d.findings, 'XC-25-migrate');
    expect(f.outcome).toBe('FLAG');
    expect(f.detail).toEqual({ systems: ['XC-SYS-01'] });
    expect(d.blocking.map((x) => x.ruleId)).not.toContain('XC-25-migrate');
  });
  it('unit systems on the county cloud or classified are not flagged', () => {
    const d = preReviewF({
      project: xcProject(),
      unit: { systems: [xcSystem({ id: 'A' }), xcSystem({ id: 'B', classified: true, deploymentTarget: '涉密机房' }), xcSystem({ id: 'C', deploymentTarget: '自建' })] },
    });
    expect(one(d.findings, 'XC-25-migrate').detail).toEqual({ systems: ['C'] });
  });
  it('nothing to migrate: silent', () => {
    expect(byRule(preReviewF({ project: xcProject(), system: xcSystem() }).findings, 'XC-25-migrate')).toHaveLength(0);
  });
});

describe('XC-26-sharing-chapter (第二十[六]条)', () => {
  it('both documents carry the chapter and its three parts', () => {
    const f = one(preReviewP(xcProject()).findings, 'XC-26-sharing-chapter');
    expect(f.missing).toEqual([]);
    expect(f.requires).toContain('初步设计方案:数据共享开放清单');
  });
  it('a 可研 without the 数据共享开放清单: returned', () => {
    const p = xcProject();
    const docs = p.documents.map((d) => (d.type === '可行性研究报告' ? { ...d, chapters: ['信息资源共享分析篇(章)', '信息资源共享应用分析', '信息资源目录'] } : d));
    const d = preReviewP({ ...p, documents: docs });
    expect(one(d.findings, 'XC-26-sharing-chapter').missing).toEqual(['可行性研究报告:数据共享开放清单']);
    expect(d.outcome).toBe('returned');
  });
  it('a single 实施方案 without chapters lists all four', () => {
    const d = preReviewP(xcProject({ deliveryMode: 'purchase_service', documents: [{ type: '实施方案' }] }));
    expect(one(d.findings, 'XC-26-sharing-chapter').missing).toHaveLength(4);
  });
});

describe('XC-26-consultant-opinion (第二十[六]条)', () => {
  it('no consulting report: silent', () => {
    expect(byRule(preReviewP(xcProject()).findings, 'XC-26-consultant-opinion')).toHaveLength(0);
  });
  it('a report without the opinion on the sharing chapter: missing', () => {
    const p = xcProject();
    const d = preReviewP({ ...p, documents: [...p.documents, { type: '咨询评估报告' }] });
    expect(one(d.findings, 'XC-26-consultant-opinion').missing).toEqual(['咨询评估报告:信息资源共享分析篇(章)评估意见']);
  });
  it('with the opinion: nothing missing', () => {
    const p = xcProject();
    const d = preReviewP({ ...p, documents: [...p.documents, { type: '咨询评估报告', chapters: ['信息资源共享分析篇(章)评估意见'] }] });
    expect(one(d.findings, 'XC-26-consultant-opinion').missing).toEqual([]);
  });
});

describe.each([
  ['XC-27-sharing-mechanism', '信息共享机制承诺'],
  ['XC-30-security-system', '网络安全管理制度承诺'],
  ['XC-31-crypto-sync', '密码保障系统同步规划建设运行承诺'],
])('%s: attestation + reviewer CHECK', (id, field) => {
  it('the CHECK item appears', () => {
    const d = preReviewP(xcProject());
    const fs = byRule(d.findings, id);
    expect(fs.map((f) => f.outcome)).toEqual(['CHECK']);
    expect(d.reviewerTasks.map((f) => f.ruleId)).toContain(id);
  });
  it('without the attestation: returned', () => {
    const d = preReviewP(withFields({ [field]: false }));
    expect(byRule(d.findings, id).find((f) => f.outcome === 'REQUIRE')?.missing).toEqual([field]);
    expect(d.outcome).toBe('returned');
  });
});

describe('XC-32-graded-protection (第三十[二]条)', () => {
  it('grading and risk assessment present', () => {
    expect(one(preReviewP(xcProject()).findings, 'XC-32-graded-protection').missing).toEqual([]);
  });
  it('missing risk assessment', () => {
    const p = xcProject();
    const d = preReviewP({ ...p, documents: p.documents.filter((x) => x.type !== '网络与信息安全风险评估报告') });
    expect(one(d.findings, 'XC-32-graded-protection').missing).toEqual(['网络与信息安全风险评估报告']);
  });
  it('classified: not this regime', () => {
    expect(byRule(preReviewP(xcProject({ flags: { classified: true } })).findings, 'XC-32-graded-protection')).toHaveLength(0);
  });
});

describe('XC-33-reliable-products (第三十[三]条)', () => {
  const items = [{ type: '核心网络设备', amount: 5_000_000 }];
  it('key products on the list: CHECK item, explanation required', () => {
    const fs = byRule(preReviewP(xcProject({ lineItems: items })).findings, 'XC-33-reliable-products');
    expect(fs.some((f) => f.outcome === 'CHECK')).toBe(true);
    expect(fs.find((f) => f.outcome === 'REQUIRE')?.missing).toEqual(['关键产品自主可靠情况说明']);
  });
  it('with the explanation only the CHECK remains', () => {
    const fs = byRule(preReviewP(withFields({ 关键产品自主可靠情况说明: '均采用国产设备' }, { lineItems: items })).findings, 'XC-33-reliable-products');
    expect(fs.map((f) => f.outcome)).toEqual(['CHECK']);
  });
  it('no key products: silent', () => {
    expect(byRule(preReviewP(xcProject({ lineItems: [{ type: '培训', amount: 1 }] })).findings, 'XC-33-reliable-products')).toHaveLength(0);
  });
});

describe('XC-03-frugality (第三条)', () => {
  it('the 过紧日子 CHECK item appears and a pass clears it', () => {
    const d = preReviewP(xcProject());
    expect(one(d.findings, 'XC-03-frugality').outcome).toBe('CHECK');
    const p = xcProject();
    const d2 = preReviewP({ ...p, status: { ...p.status, decisions: decided(['XC-03-frugality']) } });
    expect(d2.reviewerTasks.map((f) => f.ruleId)).not.toContain('XC-03-frugality');
  });
});
