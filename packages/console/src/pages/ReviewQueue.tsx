/**
 * 审核队列: projects of my jurisdiction waiting for review, oldest first. The API has no reviewer queue yet, so the
 * console reads the project list and keeps those in pending_review.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { messageOf } from '../api/errors';
import { allProjects } from '../api/projects';
import { shanghai } from '../time';

export default function ReviewQueue() {
  const q = useQuery({
    queryKey: ['projects', 'queue'],
    queryFn: async () => (await allProjects()).filter((p) => p.status === 'pending_review').sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)),
  });
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 20 }}>审核队列(待审核,最早的在前)</Typography.Title>
      {q.error && <Alert type="error" showIcon message={messageOf(q.error)} />}
      <Table
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data ?? []}
        columns={[
          { title: '项目名称', dataIndex: 'name', render: (n: string, p) => <Link to={`/projects/${p.id}`}>{n}</Link> },
          { title: '申报部门', dataIndex: 'departmentId' },
          { title: '等待自', dataIndex: 'updatedAt', render: (t: string) => shanghai(t) },
        ]}
      />
    </Card>
  );
}
