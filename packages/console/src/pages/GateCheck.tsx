/** 资金闸口: finance asks whether a payment to a project may be made and reads the answer with its reasons. */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Result, Select, Space, Table, Tag, Typography } from 'antd';
import { api } from '../api/client';
import { ApiFailure, messageOf, unwrap } from '../api/errors';
import { OUTCOME_LABEL } from '../labels';
import { applyFieldErrors } from './fieldErrors';

interface Values {
  projectId: string;
  amount: string;
  purpose: 'construction' | 'final_instalment' | 'om' | 'service' | 'other';
  fiscalYear: number;
  channel?: string;
}

interface Reason {
  ruleId: string;
  article: string;
  outcome: string;
  message: string;
  overridable: boolean;
}

interface Answer {
  checkId: string;
  answer: 'allow' | 'deny' | 'review';
  reasons: Reason[];
  packVersion: string;
  evaluatedOn: string;
}

const PURPOSES = [
  { value: 'construction', label: '建设资金' },
  { value: 'final_instalment', label: '尾款' },
  { value: 'om', label: '运维经费' },
  { value: 'service', label: '服务费' },
  { value: 'other', label: '其他' },
];

export default function GateCheck() {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const ask = useMutation({
    mutationFn: async (v: Values) =>
      unwrap(await api.POST('/v1/budget-gate/checks', { body: { question: 'payment', ...v, channel: v.channel || undefined } })) as unknown as Answer,
    onMutate: () => setError(undefined),
    onError: (e) => {
      setError(messageOf(e));
      if (e instanceof ApiFailure) applyFieldErrors(form, e.details);
    },
  });
  const a = ask.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 20 }}>资金闸口:付款前查询</Typography.Title>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="inline" initialValues={{ purpose: 'construction', fiscalYear: new Date().getFullYear(), channel: '国库集中支付' }} onFinish={(v) => ask.mutate(v)}>
          <Form.Item name="projectId" label="项目编号" rules={[{ required: true, message: '请填写项目编号' }]}><Input style={{ width: 340 }} /></Form.Item>
          <Form.Item name="amount" label="金额(元)" rules={[{ required: true, message: '请填写金额' }]}><Input style={{ width: 160 }} placeholder="如 100000.00" /></Form.Item>
          <Form.Item name="purpose" label="用途"><Select style={{ width: 120 }} options={PURPOSES} /></Form.Item>
          <Form.Item name="fiscalYear" label="年度"><InputNumber min={2000} max={2100} /></Form.Item>
          <Form.Item name="channel" label="支付渠道"><Input style={{ width: 160 }} /></Form.Item>
          <Button type="primary" htmlType="submit" loading={ask.isPending}>查询</Button>
        </Form>
      </Card>
      {a && (
        <Card aria-live="polite">
          <Result
            status={a.answer === 'allow' ? 'success' : a.answer === 'deny' ? 'error' : 'warning'}
            title={<span data-testid="gate-answer">{`结论:${OUTCOME_LABEL[a.answer]?.text ?? a.answer}`}</span>}
            subTitle={`查询编号 ${a.checkId} · 规则包版本 ${a.packVersion} · 评估日期 ${a.evaluatedOn}`}
          />
          <Table
            size="small"
            rowKey="ruleId"
            pagination={false}
            dataSource={a.reasons}
            locale={{ emptyText: <span style={{ color: 'rgba(0,0,0,0.78)' }}>没有阻止付款的理由</span> }}
            columns={[
              { title: '规则编号', dataIndex: 'ruleId', width: 220 },
              { title: '条款', dataIndex: 'article', width: 110 },
              { title: '结论', dataIndex: 'outcome', width: 110, render: (o: string) => <Tag color={o.startsWith('DENY') ? '#b71c1c' : '#8a6100'}>{o}</Tag> },
              { title: '理由', dataIndex: 'message' },
              { title: '可例外批准', dataIndex: 'overridable', width: 100, render: (o: boolean) => (o ? '可以' : '不可') },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
