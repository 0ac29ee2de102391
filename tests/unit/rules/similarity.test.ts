import { describe, expect, it } from 'vitest';
import { nameSimilarity, similarProjects } from '@gov/rules';

describe('查重: similar projects for the reviewer', () => {
  it('finds the same function under different wording and ignores generic words', () => {
    expect(nameSimilarity('红山区智慧城管平台建设项目', '红山区智慧城管系统升级改造')).toBeGreaterThanOrEqual(0.5);
    expect(nameSimilarity('政务服务事项管理系统', '不动产登记信息平台')).toBeLessThan(0.5);
  });

  it('lists candidates above the threshold, most similar first, never the project itself', () => {
    const found = similarProjects({ id: 'p1', name: '红山区智慧城管平台' }, [
      { id: 'p1', name: '红山区智慧城管平台', departmentId: 'D1', status: 'in_library' },
      { id: 'p2', name: '红山区智慧城管平台二期', departmentId: 'D2', status: 'in_library' },
      { id: 'p3', name: '红山区数字城管指挥平台', departmentId: 'D3', status: 'returned' },
      { id: 'p4', name: '社保卡服务平台', departmentId: 'D4', status: 'in_library' },
    ]);
    // 数字城管指挥平台 shares 红山区 and 城管 only (0.43): below the 0.5 threshold, like the unrelated 社保卡 platform.
    expect(found).toEqual([{ id: 'p2', name: '红山区智慧城管平台二期', departmentId: 'D2', status: 'in_library', similarity: 1 }]);
    expect(similarProjects({ id: 'p1', name: '红山区智慧城管平台' }, [{ id: 'p3', name: '红山区数字城管指挥平台', departmentId: 'D3', status: 'returned' }], 0.4).map((f) => f.id)).toEqual(['p3']);
  });

  it('a project touching the same existing system is always a candidate', () => {
    const found = similarProjects({ name: '统一身份认证', existingSystems: ['SYS-OA'] }, [
      { id: 'p9', name: '协同办公升级', departmentId: 'D9', status: 'in_library', existingSystems: ['SYS-OA'] },
    ]);
    expect(found).toEqual([{ id: 'p9', name: '协同办公升级', departmentId: 'D9', status: 'in_library', similarity: 1 }]);
  });
});
