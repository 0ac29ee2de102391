/** The lenient name matching of docs/catalogue-vs-text.md: "(章)" optional, either bracket width, spaces ignored; other words refused. */
import { describe, expect, it } from 'vitest';
import { acceptedNames, hasName, normalName, sameName } from '../../../packages/rules/src/names.js';
import { doc, libraryApp, review } from './hongshan/fixtures-front.js';

describe('normalName', () => {
  it('treats "(章)", "（章）" and no marker as the same chapter, and spaces as typing', () => {
    expect(sameName('财政资金保障篇(章)', '财政资金保障篇（章）')).toBe(true);
    expect(sameName('财政资金保障篇(章)', '财政资金保障篇')).toBe(true);
    expect(sameName('财政资金保障篇(章)', ' 财政资金保障篇 (章) ')).toBe(true);
    expect(sameName('试运行报告(含用户使用评价)', '试运行报告（含用户使用评价）')).toBe(true);
    expect(normalName('实施方案：财政资金保障篇（章）')).toBe('实施方案:财政资金保障篇');
  });
  it('refuses a different word, and keeps a bracketed qualifier other than 章', () => {
    expect(sameName('财政资金保障篇(章)', '财政资金篇')).toBe(false);
    expect(sameName('财政资金保障篇(章)', '资金保障篇(章)')).toBe(false);
    expect(sameName('试运行报告(含用户使用评价)', '试运行报告')).toBe(false);
    expect(hasName(['实施方案'], '实施 方案')).toBe(true);
    expect(hasName(undefined, '实施方案')).toBe(false);
  });
  it('lists the spellings a client may send', () => {
    expect(acceptedNames('财政资金保障篇(章)')).toEqual(['财政资金保障篇(章)', '财政资金保障篇', '财政资金保障篇（章）']);
    expect(acceptedNames('实施方案')).toEqual(['实施方案']);
  });
});

describe('HS-14-chapters reads chapter titles leniently (第十四条 "财政资金保障篇(章)")', () => {
  const chapters = (first: string) => review(libraryApp({ documents: [doc('申请入库文件'), doc('实施方案', [first, '数据资源共享分析篇(章)', '网络和数据安全保障措施'])] }));
  const missingOf = (first: string) => chapters(first).findings.find((f) => f.ruleId === 'HS-14-chapters')!.missing;
  it.each(['财政资金保障篇(章)', '财政资金保障篇（章）', '财政资金保障篇', ' 财政资金保障篇 '])('accepts %s', (name) => {
    expect(missingOf(name)).toEqual([]);
  });
  it.each(['财政资金篇', '资金保障章节'])('refuses %s', (name) => {
    expect(missingOf(name)).toEqual(['实施方案:财政资金保障篇(章)']);
  });
  it('accepts the document type with full-width brackets or spaces', () => {
    const d = review(libraryApp({ documents: [doc(' 申请入库文件 '), doc('实施方案', ['财政资金保障篇（章）', '数据资源共享分析篇', '网络和数据安全保障措施'])] }));
    expect(d.findings.find((f) => f.ruleId === 'HS-08-docs-below-600k')!.missing).toEqual([]);
    expect(d.findings.find((f) => f.ruleId === 'HS-14-chapters')!.missing).toEqual([]);
  });
});
