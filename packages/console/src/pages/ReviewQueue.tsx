/**
 * 审核队列: projects of my jurisdiction waiting for review, oldest first — the API's review queue
 * (GET /v1/review-queue, decision 100), one server page at a time.
 */
import { Alert, Card, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../api/client';
import { messageOf, unwrap } from '../api/errors';
import { PAGE_SIZE, Pager, useCursorPages } from '../api/paging';
import { shanghai } from '../time';

export default function ReviewQueue() {
  const pages = useCursorPages(['projects', 'queue'], async (cursor) => unwrap(await api.GET('/v1/review-queue', { params: { query: { limit: PAGE_SIZE, cursor } } })), `/v1/review-queue?limit=${PAGE_SIZE}`);
  const q = pages.query;
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 20 }}>审核队列(待审核,最早的在前)</Typography.Title>
      {q.error && <Alert type="error" showIcon message={messageOf(q.error)} />}
      <Table
        rowKey={(r) => r.project.id}
        loading={q.isLoading}
        dataSource={pages.items}
        pagination={false}
        columns={[
          { title: '项目名称', key: 'name', render: (_: unknown, r) => <Link to={`/projects/${r.project.id}`}>{r.project.name}</Link> },
          { title: '申报部门(编号)', key: 'department', render: (_: unknown, r) => r.project.departmentId },
          { title: '待判断事项', key: 'items', render: (_: unknown, r) => `${r.items.length} 项` },
          { title: '等待自', dataIndex: 'waitingSince', render: (t: string) => shanghai(t) },
        ]}
      />
      <Pager pages={pages} />
    </Card>
  );
}
