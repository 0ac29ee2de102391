/**
 * 即将到期: obligations due within the next working days and not yet overdue (GET /v1/deadlines) — my department's
 * for a department, my jurisdiction's (optionally one department) for reviewers; one server page at a time.
 */
import { useState } from 'react';
import { Alert, Card, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../api/client';
import { emptyText } from './emptyText';
import { messageOf, unwrap } from '../api/errors';
import { PAGE_SIZE, Pager, useCursorPages } from '../api/paging';
import type { components } from '../api/schema';
import { currentSession } from '../auth/session';

type Item = components['schemas']['UpcomingDeadlines']['items'][number];
interface Filters { on?: string; within?: number; department?: string }

function DueTable({ filters }: { filters: Filters }) {
  const pages = useCursorPages(['deadlines', filters], async (cursor) => unwrap(await api.GET('/v1/deadlines', { params: { query: { limit: PAGE_SIZE, cursor, ...filters } } })));
  const q = pages.query;
  const d = q.data as components['schemas']['UpcomingDeadlines'] | undefined;
  return (
    <>
      {q.error && <Alert type="error" showIcon message={messageOf(q.error)} style={{ marginBottom: 12 }} />}
      {d && <Typography.Paragraph type="secondary">{d.on} 至 {d.until} 到期{d.provisional ? '(部分期限为暂定)' : ''}</Typography.Paragraph>}
      <Table
        rowKey={(r: Item) => `${r.subjectId}-${r.key}`}
        loading={q.isLoading}
        dataSource={pages.items}
        pagination={false}
        locale={{ emptyText: emptyText('近期没有到期事项') }}
        columns={[
          { title: '到期日', dataIndex: 'due', render: (due: string, r: Item) => <>{due}{r.provisional ? <Tag style={{ marginLeft: 8 }}>暂定</Tag> : null}</> },
          { title: '事项', dataIndex: 'obligation' },
          { title: '项目', dataIndex: 'projectId', render: (id: string) => <Link to={`/projects/${id}`}>{id}</Link> },
          { title: '部门', dataIndex: 'departmentId' },
          { title: '依据', dataIndex: 'ruleId' },
          { title: '类别', dataIndex: 'scan', render: (s: Item['scan']) => (s === 'filing' ? '备案' : '跟踪') },
        ]}
      />
      <Pager pages={pages} />
    </>
  );
}

export default function DueSoon() {
  const s = currentSession()!;
  const [filters, setFilters] = useState<Filters>({});
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>即将到期</Typography.Title>
        <Space wrap>
          <Input.Search aria-label="自哪天起(YYYY-MM-DD)" placeholder="自哪天起(默认今天)" allowClear style={{ width: 200 }} onSearch={(v) => setFilters((f) => ({ ...f, on: v.trim() || undefined }))} />
          <label htmlFor="within">工作日内</label>
          <InputNumber id="within" min={1} placeholder="默认" value={filters.within} onChange={(v) => setFilters((f) => ({ ...f, within: v ?? undefined }))} />
          {s.role !== 'department' && (
            <Input.Search aria-label="部门编号" placeholder="部门编号" allowClear style={{ width: 180 }} onSearch={(v) => setFilters((f) => ({ ...f, department: v.trim() || undefined }))} />
          )}
        </Space>
      </Space>
      <DueTable key={JSON.stringify(filters)} filters={filters} />
    </Card>
  );
}
