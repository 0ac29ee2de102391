/**
 * 哈希链校验: verifies the append-only event chains (one project, or the jurisdiction's library a page at a time).
 * Auditors verify their own jurisdiction (read-only), admins any; other roles get 403 and the page says so.
 */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Space, Typography } from 'antd';
import { api } from '../api/client';
import { ApiFailure, messageOf, unwrap } from '../api/errors';

interface ChainAnswer {
  projectId?: string;
  projects?: number;
  events: number;
  ok?: boolean;
  firstBreak?: unknown;
  broken?: unknown[];
  nextCursor?: string | null;
}

export default function Chains() {
  const [projectId, setProjectId] = useState('');
  const check = useMutation({
    mutationFn: async () => unwrap(await api.GET('/v1/audit/chains', { params: { query: projectId ? { projectId } : {} } })) as unknown as ChainAnswer,
  });
  const a = check.data;
  const verified = a ? (a.ok ?? (a.broken?.length === 0)) : false;
  const forbidden = check.error instanceof ApiFailure && check.error.status === 403;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 20 }}>事件哈希链校验</Typography.Title>
        <Form layout="inline" onFinish={() => check.mutate()}>
          <Form.Item label="项目编号(留空校验本辖区项目库)" htmlFor="chain-project">
            <Input id="chain-project" value={projectId} onChange={(e) => setProjectId(e.target.value.trim())} style={{ width: 360 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={check.isPending}>校验</Button>
        </Form>
      </Card>
      {forbidden && <Alert type="warning" showIcon message="仅审计人员(本辖区)和系统管理员可校验哈希链。" description={messageOf(check.error)} />}
      {check.error && !forbidden && <Alert type="error" showIcon message={messageOf(check.error)} />}
      {a && (
        <Card aria-live="polite">
          <Result status={verified ? 'success' : 'error'} title={<span data-testid="chain-result">{verified ? '哈希链校验通过' : '哈希链存在断裂'}</span>} />
          <Descriptions column={2} size="small">
            {a.projectId && <Descriptions.Item label="项目">{a.projectId}</Descriptions.Item>}
            {a.projects !== undefined && <Descriptions.Item label="项目数">{a.projects}</Descriptions.Item>}
            <Descriptions.Item label="事件数">{a.events}</Descriptions.Item>
            <Descriptions.Item label="第一处断裂">{a.firstBreak ? JSON.stringify(a.firstBreak) : (a.broken?.length ? JSON.stringify(a.broken[0]) : '无')}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </Space>
  );
}
