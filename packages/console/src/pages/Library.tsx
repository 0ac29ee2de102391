/** 项目库 (read-only): every project of the jurisdiction with status filter and CSV export of what is shown. */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { messageOf } from '../api/errors';
import { allProjects } from '../api/projects';
import { download, toCsv } from '../csv';
import { STATUS_LABEL } from '../labels';
import { shanghai } from '../time';

export default function Library() {
  const [status, setStatus] = useState<string>();
  const q = useQuery({ queryKey: ['projects', 'library'], queryFn: () => allProjects() });
  const rows = (q.data ?? []).filter((p) => !status || p.status === status);
  const exportCsv = () =>
    download('项目库.csv', toCsv(['项目编号', '项目名称', '申报部门', '辖区', '状态', '版本', '更新时间'],
      rows.map((p) => [p.id, p.name, p.departmentId, p.jurisdiction, STATUS_LABEL[p.status]?.text ?? p.status, p.version, shanghai(p.updatedAt)])));
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>项目库</Typography.Title>
        <Space>
          <Select
            allowClear
            placeholder="按状态筛选"
            aria-label="按状态筛选"
            style={{ width: 160 }}
            value={status}
            onChange={setStatus}
            options={Object.entries(STATUS_LABEL).map(([value, s]) => ({ value, label: s.text }))}
          />
          <Button onClick={exportCsv} disabled={!rows.length}>导出 CSV</Button>
        </Space>
      </Space>
      {q.error && <Alert type="error" showIcon message={messageOf(q.error)} />}
      <Table
        rowKey="id"
        loading={q.isLoading}
        dataSource={rows}
        columns={[
          { title: '项目名称', dataIndex: 'name', render: (n: string, p) => <Link to={`/projects/${p.id}`}>{n}</Link> },
          { title: '申报部门', dataIndex: 'departmentId' },
          { title: '状态', dataIndex: 'status', render: (s: string) => <Tag color={STATUS_LABEL[s]?.color}>{STATUS_LABEL[s]?.text ?? s}</Tag> },
          { title: '更新时间', dataIndex: 'updatedAt', render: (t: string) => shanghai(t) },
        ]}
      />
    </Card>
  );
}
