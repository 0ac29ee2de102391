/**
 * 预警: the flags of my department (department) or jurisdiction (bureau, auditor, admin), newest first, filtered by
 * the API (GET /v1/flags: type, status, department), one server page at a time. Read-only for everyone.
 */
import { useState } from 'react';
import { Alert, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../api/client';
import { emptyText } from './emptyText';
import { messageOf, unwrap } from '../api/errors';
import { PAGE_SIZE, Pager, useCursorPages } from '../api/paging';
import type { components } from '../api/schema';
import { currentSession } from '../auth/session';
import { shanghai } from '../time';

type Flag = components['schemas']['Flag'];
/** 预警类型 (kept in this chunk, not the shared labels the sign-in page loads). */
const FLAG_LABEL: Record<Flag['type'], string> = {
  overdue_acceptance: '逾期验收',
  overdue_filing: '逾期备案',
  missed_evaluation: '错过评价窗口',
  overdue_report: '逾期报告',
  approval_sla: '审批超时',
  overdue_rectification: '逾期整改',
  overdue_obligation: '逾期义务',
  long_unused: '长期未使用',
  zombie_candidate: '疑似僵尸系统',
};

interface Filters { type?: Flag['type']; status?: Flag['status']; department?: string }

function FlagTable({ filters }: { filters: Filters }) {
  const pages = useCursorPages(['flags', filters], async (cursor) => unwrap(await api.GET('/v1/flags', { params: { query: { limit: PAGE_SIZE, cursor, ...filters } } })));
  const q = pages.query;
  return (
    <>
      {q.error && <Alert type="error" showIcon message={messageOf(q.error)} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="id"
        loading={q.isLoading}
        dataSource={pages.items}
        pagination={false}
        locale={{ emptyText: emptyText('没有符合条件的预警') }}
        columns={[
          { title: '类型', dataIndex: 'type', width: 130, render: (t: Flag['type']) => FLAG_LABEL[t] ?? t },
          { title: '项目', dataIndex: 'projectId', render: (id: string) => <Link to={`/projects/${id}`}>{id}</Link> },
          { title: '部门', dataIndex: 'departmentId', width: 140 },
          { title: '说明', dataIndex: 'message' },
          { title: '依据', key: 'rule', render: (_: unknown, f: Flag) => `${f.ruleId}${f.article ? ` · ${f.article}` : ''}` },
          { title: '期限', dataIndex: 'due', width: 120, render: (d?: string) => d ?? '—' },
          { title: '状态', dataIndex: 'status', render: (s: Flag['status'], f: Flag) => (s === 'open' ? <Tag color="#b71c1c">未解除</Tag> : <Tag color="#2e7d32">已解除{f.closedOn ? ` ${f.closedOn}` : ''}</Tag>) },
          { title: '发出时间', dataIndex: 'raisedAt', render: (t: string) => shanghai(t) },
        ]}
      />
      <Pager pages={pages} />
    </>
  );
}

export default function Flags() {
  const s = currentSession()!;
  const [filters, setFilters] = useState<Filters>({ status: 'open' });
  const set = (patch: Filters) => setFilters((f) => ({ ...f, ...patch }));
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>预警</Typography.Title>
        <Space wrap>
          <Select allowClear aria-label="预警类型" placeholder="预警类型" style={{ width: 180 }} value={filters.type} onChange={(type) => set({ type })}
            options={Object.entries(FLAG_LABEL).map(([value, label]) => ({ value, label }))} />
          <Select allowClear aria-label="预警状态" placeholder="预警状态" style={{ width: 120 }} value={filters.status} onChange={(status) => set({ status })}
            options={[{ value: 'open', label: '未解除' }, { value: 'closed', label: '已解除' }]} />
          {s.role !== 'department' && (
            <Input.Search aria-label="部门编号" placeholder="部门编号" allowClear style={{ width: 180 }} onSearch={(v) => set({ department: v.trim() || undefined })} />
          )}
        </Space>
      </Space>
      {/* A new filter starts again at the first page (the cursor belongs to the old query). */}
      <FlagTable key={JSON.stringify(filters)} filters={filters} />
    </Card>
  );
}
