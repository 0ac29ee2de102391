/**
 * 重新打开审核事项: a reviewer reopens one closed review of an admitted project with a reason
 * (POST /v1/projects/{id}/reviews/{item}/reopen); the reopened items and their reasons are shown to everyone.
 */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, Select } from 'antd';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { showFailure } from './formFailure';

interface Values {
  item?: string;
  reason?: string;
}

export function ReopenPanel({ projectId, items, reopened, canReopen }: {
  projectId: string;
  /** Closed review items (rule ids of decisions, names of reviews) that may be reopened. */
  items: string[];
  reopened: Record<string, { reason: string; by?: string; on?: string }>;
  canReopen: boolean;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const reopen = useMutation({
    mutationFn: async (v: Values) =>
      unwrap(await api.POST('/v1/projects/{id}/reviews/{item}/reopen', {
        params: { path: { id: projectId, item: v.item ?? '' } },
        // The API judges the reason (its 400 names `reason`); nothing is checked here.
        body: { reason: v.reason ?? '' },
      })),
    onSuccess: async (r) => {
      setError(undefined);
      form.resetFields();
      message.success(`已重新打开:${r.reopened.join('、')}`);
      await queryClient.invalidateQueries({ queryKey: ['project', projectId] });
    },
    onError: (e) => setError(showFailure(form, e)),
  });
  const open = Object.entries(reopened);
  if (!canReopen && !open.length) return null;
  return (
    <Card title="重新打开审核事项" role="region" aria-label="重新打开审核事项">
      {open.length > 0 && (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }} title="已重新打开的事项">
          {open.map(([item, r]) => (
            <Descriptions.Item key={item} label={item}>{r.reason}{r.by ? `(${r.by}${r.on ? `,${r.on}` : ''})` : ''}</Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {canReopen && (
        <>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
          <Form form={form} name="reopen" layout="vertical" onFinish={(v) => { if (v.item) reopen.mutate(v); else form.setFields([{ name: 'item', errors: ['请选择要重新打开的审核事项'] }]); }} style={{ maxWidth: 640 }}>
            <Form.Item name="item" label="审核事项">
              <Select options={items.map((i) => ({ value: i, label: i }))} placeholder="请选择已结束的审核事项" />
            </Form.Item>
            <Form.Item name="reason" label="重新打开的理由" extra="项目单位可在项目详情和事件中看到">
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button htmlType="submit" loading={reopen.isPending}>重新打开</Button>
          </Form>
        </>
      )}
    </Card>
  );
}
