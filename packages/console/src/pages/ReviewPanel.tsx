/** 审核决定: one decision per reviewer task (通过/不通过/不适用) with the reviewer's reason, POST /v1/projects/{id}/reviews. */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import { api } from '../api/client';
import { messageOf, unwrap } from '../api/errors';
import type { Finding } from '../api/projects';

type Result = 'pass' | 'fail' | 'na';

export function ReviewPanel({ projectId, tasks }: { projectId: string; tasks: Finding[] }) {
  const [form] = Form.useForm<{ results: Record<string, Result>; reason: string }>();
  const [error, setError] = useState<string>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const decide = useMutation({
    mutationFn: async (v: { results: Record<string, Result>; reason: string }) =>
      unwrap(await api.POST('/v1/projects/{id}/reviews', {
        params: { path: { id: projectId } },
        body: { decisions: tasks.map((t) => ({ ruleId: t.ruleId, result: v.results[t.ruleId], comment: v.reason })), reviews: {} },
      })),
    onSuccess: async () => {
      setError(undefined);
      message.success('审核决定已记录');
      await queryClient.invalidateQueries({ queryKey: ['project', projectId] });
    },
    onError: (e) => setError(messageOf(e)),
  });
  return (
    <Card title="审核清单">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => decide.mutate(v)}>
        {tasks.map((t) => (
          <Card key={t.ruleId} size="small" style={{ marginBottom: 12 }}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Tag>{t.ruleId}</Tag>
                <Tag color="#1d4ed8">{t.article}</Tag>
                {t.missing?.length ? <Typography.Text type="warning">缺少:{t.missing.join('、')}</Typography.Text> : null}
              </Space>
              <Typography.Paragraph style={{ margin: 0 }}>{t.message}</Typography.Paragraph>
              <Form.Item name={['results', t.ruleId]} label={`${t.ruleId} 的审核结论`} rules={[{ required: true, message: '请选择审核结论' }]} style={{ margin: 0 }}>
                <Radio.Group options={[{ value: 'pass', label: '通过' }, { value: 'fail', label: '不通过' }, { value: 'na', label: '不适用' }]} />
              </Form.Item>
            </Space>
          </Card>
        ))}
        <Form.Item name="reason" label="审核意见(理由)" rules={[{ required: true, whitespace: true, message: '请填写审核理由' }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={decide.isPending}>提交审核决定</Button>
      </Form>
    </Card>
  );
}
