/**
 * 机关意见: the authority records of a project (all who may see the project), and for a reviewer the form that
 * records one (POST /v1/projects/{id}/authority-records). The name is offered from the accepted names the findings'
 * remedies give; the API checks every field and its Chinese message lands at the field (no validation here).
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, AutoComplete, Button, Card, Form, Input, Radio, Select, Table, Tag } from 'antd';
import { api } from '../api/client';
import { emptyText } from './emptyText';
import { unwrap } from '../api/errors';
import type { Finding } from '../api/projects';
import type { components } from '../api/schema';
import { showFailure } from './formFailure';

type Input = components['schemas']['AuthorityRecordInput'];
type Values = Partial<Omit<Input, 'document'>> & { document?: { sha256?: string } };

export const KIND_LABEL: Record<Input['kind'], string> = { opinion: '意见', approval: '批准', annual_plan: '列入年度计划', filing_receipt: '备案回执' };

/** The names the rules accept for another body's record, from the remedies of every finding. */
export function authorityNames(findings: Finding[]): string[] {
  const names = findings.flatMap((f) => (f.remedies ?? []).filter((r) => r.kind === 'authority_record' || r.supplier === 'authority').flatMap((r) => r.accepts));
  return [...new Set(names)];
}

export function AuthorityPanel({ projectId, findings, canRecord }: { projectId: string; findings: Finding[]; canRecord: boolean }) {
  const records = useQuery({ queryKey: ['authority-records', projectId], queryFn: async () => unwrap(await api.GET('/v1/projects/{id}/authority-records', { params: { path: { id: projectId } } })).items });
  const documents = useQuery({
    queryKey: ['documents', projectId],
    queryFn: async () => unwrap(await api.GET('/v1/projects/{id}/documents', { params: { path: { id: projectId } } })).items,
    enabled: canRecord,
  });
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const record = useMutation({
    // Sent as typed: the API's schema is the one judge of the record (its 400 names the field).
    mutationFn: async (v: Values) => unwrap(await api.POST('/v1/projects/{id}/authority-records', { params: { path: { id: projectId } }, body: v as Input })),
    onSuccess: async (r) => {
      setError(undefined);
      form.resetFields();
      message.success(`已登记:${r.record.name}`);
      await queryClient.invalidateQueries({ queryKey: ['authority-records', projectId] });
      await queryClient.invalidateQueries({ queryKey: ['project', projectId] });
    },
    onError: (e) => setError(showFailure(form, e)),
  });
  const names = authorityNames(findings);
  return (
    <Card title="机关意见" role="region" aria-label="机关意见">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        loading={records.isLoading}
        dataSource={records.data ?? []}
        locale={{ emptyText: emptyText('尚无机关记录') }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '类型', dataIndex: 'kind', render: (k: Input['kind']) => KIND_LABEL[k] ?? k },
          { title: '出具机关', dataIndex: 'authority' },
          { title: '条款', dataIndex: 'article' },
          { title: '日期', dataIndex: 'date' },
          { title: '结论', dataIndex: 'result', render: (r: string) => (r === 'pass' ? <Tag color="#2e7d32">同意</Tag> : <Tag color="#b71c1c">不同意</Tag>) },
          { title: '登记人', dataIndex: 'recordedBy' },
        ]}
      />
      {canRecord && (
        <>
          <h2 style={{ fontSize: 16, margin: '16px 0 8px' }}>登记机关意见</h2>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
          <Form form={form} name="authority" layout="vertical" initialValues={{ result: 'pass' }} onFinish={(v) => record.mutate(v)} style={{ maxWidth: 640 }}>
            <Form.Item name="name" label="记录名称" extra={names.length ? `规则接受的名称:${names.join('、')}` : '按本辖区规则的名称填写'}>
              <AutoComplete options={names.map((n) => ({ value: n }))} placeholder="如:省政务服务管理办公室审核意见" filterOption={(input, o) => String(o?.value ?? '').includes(input)} />
            </Form.Item>
            <Form.Item name="kind" label="记录类型">
              <Select options={Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }))} placeholder="请选择" />
            </Form.Item>
            <Form.Item name="date" label="出具日期" extra="YYYY-MM-DD,不得晚于今天">
              <Input placeholder="YYYY-MM-DD" />
            </Form.Item>
            <Form.Item name="result" label="机关结论">
              <Radio.Group options={[{ value: 'pass', label: '同意/列入' }, { value: 'fail', label: '不同意' }]} />
            </Form.Item>
            <Form.Item name={['document', 'sha256']} label="证明文件(SHA-256)" extra="项目单位上传并核验、关联本项目的文件">
              <AutoComplete
                options={(documents.data ?? []).filter((d) => d.state === 'verified').map((d) => ({ value: d.sha256, label: `${d.type} · ${d.title}` }))}
                placeholder="选择已核验文件或粘贴其 SHA-256"
              />
            </Form.Item>
            <Form.Item name="note" label="备注">
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={record.isPending}>登记</Button>
          </Form>
        </>
      )}
    </Card>
  );
}
