/** 我的项目: the department's projects with status and open flags, newest first, one server page at a time. */
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/client';
import { messageOf, unwrap } from '../api/errors';
import { PAGE_SIZE, Pager, useCursorPages } from '../api/paging';
import { STATUS_LABEL } from '../labels';
import { shanghai } from '../time';

export default function MyProjects() {
  const navigate = useNavigate();
  const pages = useCursorPages(['projects', 'mine'], async (cursor) => unwrap(await api.GET('/v1/projects', { params: { query: { limit: PAGE_SIZE, cursor } } })), `/v1/projects?limit=${PAGE_SIZE}`);
  const projects = pages.query;
  const flags = useQuery({
    queryKey: ['flags', 'open'],
    queryFn: async () => unwrap(await api.GET('/v1/flags', { params: { query: { status: 'open', limit: 200 } } })).items as { projectId?: string; type: string; ruleId: string; due?: string }[],
  });
  const flagsOf = (id: string) => (flags.data ?? []).filter((f) => f.projectId === id);
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>我的项目</Typography.Title>
        <Button type="primary" onClick={() => navigate('/projects/new')}>新建申报</Button>
      </Space>
      {projects.error && <Alert type="error" showIcon message={messageOf(projects.error)} />}
      <Table
        rowKey="id"
        loading={projects.isLoading}
        dataSource={pages.items}
        pagination={false}
        columns={[
          { title: '项目名称', dataIndex: 'name', render: (name: string, p) => <Link to={`/projects/${p.id}`}>{name}</Link> },
          { title: '状态', dataIndex: 'status', render: (s: string) => <Tag color={STATUS_LABEL[s]?.color}>{STATUS_LABEL[s]?.text ?? s}</Tag> },
          {
            title: '预警',
            key: 'flags',
            render: (_: unknown, p) => flagsOf(p.id).map((f) => <Tag key={f.ruleId + f.type} color="#b71c1c">{f.ruleId}{f.due ? ` 到期 ${f.due}` : ''}</Tag>),
          },
          { title: '版本', dataIndex: 'version' },
          { title: '更新时间', dataIndex: 'updatedAt', render: (t: string) => shanghai(t) },
        ]}
      />
      <Pager pages={pages} />
    </Card>
  );
}
