/** The document row's refusal text: one Chinese sentence per field, never the API's raw paths. */
import { describe, expect, it } from 'vitest';
import { uploadProblems } from '../../../packages/console/src/pages/fieldErrors';

describe('uploadProblems', () => {
  it('names each field in the row\'s words', () => {
    const text = uploadProblems([
      { path: 'contentType', message: '文件内容不是 PDF 格式' },
      { path: 'title', message: '不能为空' },
      { path: 'size', message: '实际大小 10 字节,与申报的 12 字节不一致' },
    ]);
    expect(text).toBe('文件格式:文件内容不是 PDF 格式;材料标题:不能为空;文件大小:实际大小 10 字节,与申报的 12 字节不一致');
    expect(text).not.toMatch(/contentType|title|size/);
  });

  it('a path it does not know keeps only the message', () => {
    expect(uploadProblems([{ path: 'headers.idempotency-key', message: '键已被另一请求使用' }])).toBe('键已被另一请求使用');
  });
});
