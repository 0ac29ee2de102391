/**
 * 年度计划: the bureau opens the call for a year, drafts lines from library projects, reads the totals against
 * finance's envelope, sends the draft for approval, issues it and downloads the XLSX; finance sets the envelope, the
 * admin records the approving body's decision. Departments read the issued lines of their own projects only.
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { messageOf } from '../api/errors';
import { downloadWorkbook, planIdOf, planOf, planWrites, type PlanLine, type Totals } from '../api/plans';
import { allProjects } from '../api/projects';
import { currentSession } from '../auth/session';
import { CATEGORY_LABEL, FUNDING_LABEL } from '../labels';

const STAGE: Record<string, string> = { drafting: '草案编制中', approving: '报送审定中', approved: '已审定待下达' };
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const cents = (yuan: string) => BigInt(yuan.replace('.', ''));

function LinesTable({ lines, caption }: { lines: PlanLine[]; caption: string }) {
  return (
    <Table
      size="small"
      rowKey="projectId"
      pagination={false}
      dataSource={lines}
      title={() => caption}
      locale={{ emptyText: <span style={{ color: 'rgba(0,0,0,0.78)' }}>暂无项目</span> }}
      columns={[
        { title: '项目名称', dataIndex: 'projectName' },
        // The API serves department codes only (no directory of names): labelled as codes rather than guessed.
        { title: '项目单位(部门编号)', dataIndex: 'departmentId' },
        { title: '类别', dataIndex: 'category', render: (c: string) => CATEGORY_LABEL[c] ?? c },
        { title: '计划金额(元)', dataIndex: 'amount', align: 'right' },
        { title: '资金来源', dataIndex: 'fundingSource', render: (f: string) => FUNDING_LABEL[f] ?? f },
        {
          title: '备注', key: 'note',
          render: (_: unknown, l: PlanLine) => (
            <Space>
              {l.late && <Tag color="#8a6100">逾期报送({l.late.submittedOn} 晚于 {l.late.cutoff})</Tag>}
              {l.temporary && <Tag>临时追加:{l.temporary.body}</Tag>}
            </Space>
          ),
        },
      ]}
    />
  );
}

function TotalsView({ totals, envelope }: { totals: Totals; envelope?: string }) {
  const over = envelope !== undefined && cents(totals.total) > cents(envelope);
  const rows = (m: Record<string, string>, label: (k: string) => string) => Object.entries(m).map(([k, v]) => `${label(k)} ${v}`).join(';') || '—';
  return (
    <Descriptions size="small" column={1} bordered style={{ marginTop: 12 }}>
      <Descriptions.Item label="合计(元)">
        <span data-testid="plan-total">{totals.total}</span>{' '}
        {envelope === undefined ? <Tag>财政部门尚未确定资金规模</Tag> : over ? <Tag color="#b71c1c">超出资金规模 {envelope}</Tag> : <Tag color="#2e7d32">在资金规模 {envelope} 以内</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="按部门(部门编号)">{rows(totals.byDepartment, (k) => k)}</Descriptions.Item>
      <Descriptions.Item label="按类别">{rows(totals.byCategory, (k) => CATEGORY_LABEL[k] ?? k)}</Descriptions.Item>
      <Descriptions.Item label="按资金来源">{rows(totals.byFundingSource, (k) => FUNDING_LABEL[k] ?? k)}</Descriptions.Item>
    </Descriptions>
  );
}

export default function Plans() {
  const s = currentSession()!;
  const [year, setYear] = useState(new Date().getFullYear() + 1);
  const id = planIdOf(s.jur, year);
  const qc = useQueryClient();
  const plan = useQuery({ queryKey: ['plan', id], queryFn: () => planOf(id) });
  const library = useQuery({ queryKey: ['projects', 'library'], queryFn: () => allProjects(), enabled: s.role === 'bureau' });
  const [error, setError] = useState<string>();
  const act = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onMutate: () => setError(undefined),
    onError: (e) => setError(messageOf(e)),
    onSettled: () => qc.invalidateQueries({ queryKey: ['plan', id] }),
  });
  const [lineForm] = Form.useForm();
  const p = plan.data;
  const draft = p?.draft;
  const years = [year - 1, year, year + 1].map((y) => ({ value: y, label: `${y}年度` }));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>年度计划</Typography.Title>
          <Space>
            <Select aria-label="计划年度" value={year} onChange={setYear} options={years} style={{ width: 120 }} />
            {p && s.role !== 'department' && <Button onClick={() => act.mutate(() => downloadWorkbook(id))}>下载 XLSX</Button>}
          </Space>
        </Space>
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
        {plan.error && <Alert type="error" showIcon message={messageOf(plan.error)} style={{ marginTop: 12 }} />}
        {p === null && (
          <Alert
            style={{ marginTop: 12 }}
            type="info"
            showIcon
            message={s.role === 'department' ? `${year}年度计划尚未下达` : `${year}年度计划尚未开始征集`}
            action={s.role === 'bureau' && <Button type="primary" onClick={() => act.mutate(() => planWrites.openCall(year))}>开始征集</Button>}
          />
        )}
        {p?.call && (
          <Descriptions size="small" column={2} style={{ marginTop: 12 }}>
            <Descriptions.Item label="计划编号">{p.id}</Descriptions.Item>
            <Descriptions.Item label="征集开始">{p.call.openedOn}</Descriptions.Item>
            <Descriptions.Item label="报送截止">{p.call.cutoffs.map((c) => `${c.batch} ${c.date}`).join(';') || '办法未规定'}</Descriptions.Item>
            <Descriptions.Item label="审定机关">{p.approvers?.join(' → ')}</Descriptions.Item>
            <Descriptions.Item label="依据" span={2}>{p.call.basis}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>

      {draft && (
        <Card title={`第${draft.edition}版草案 · ${STAGE[draft.stage]}`}>
          {s.role === 'bureau' && draft.stage === 'drafting' && (
            <Form
              form={lineForm}
              layout="inline"
              style={{ marginBottom: 12 }}
              initialValues={{ fundingSource: 'local_fiscal', reason: '按轻重缓急列入年度计划' }}
              onFinish={(v) => act.mutate(() => planWrites.setLine(id, v))}
            >
              <Form.Item name="projectId" label="库内项目" rules={[{ required: true, message: '请选择项目' }]}>
                <Select
                  style={{ width: 320 }}
                  showSearch
                  optionFilterProp="label"
                  options={(library.data ?? []).filter((x) => x.status === 'in_library').map((x) => ({ value: x.id, label: x.name }))}
                />
              </Form.Item>
              <Form.Item name="amount" label="计划金额(元)" rules={[{ required: true, message: '请填写金额' }]}><Input style={{ width: 150 }} placeholder="如 580000.00" /></Form.Item>
              <Form.Item name="fundingSource" label="资金来源">
                <Select style={{ width: 150 }} options={Object.entries(FUNDING_LABEL).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
              <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请填写理由' }]}><Input style={{ width: 220 }} /></Form.Item>
              <Button type="primary" htmlType="submit">列入草案</Button>
            </Form>
          )}
          <LinesTable lines={draft.lines} caption="草案项目" />
          {p.draftTotals && <TotalsView totals={p.draftTotals} envelope={draft.envelope?.amount} />}
          <Space style={{ marginTop: 12 }} wrap>
            {s.role === 'finance' && draft.stage === 'drafting' && p.draftTotals && (
              <Button onClick={() => act.mutate(() => planWrites.setEnvelope(id, { amount: p.draftTotals!.total, on: today(), documentRef: '财政部门资金规模确认' }))}>
                按草案合计确定资金规模
              </Button>
            )}
            {s.role === 'bureau' && draft.stage === 'drafting' && <Button type="primary" onClick={() => act.mutate(() => planWrites.submit(id, '报送审定'))}>报送审定</Button>}
            {s.role === 'admin' && draft.stage === 'approving' && p.approvers && (
              <Button type="primary" onClick={() => act.mutate(() => planWrites.approve(id, { body: p.approvers![draft.approvals.length], decision: 'approved', on: today(), documentRef: '审定会议纪要' }))}>
                记录「{p.approvers[draft.approvals.length]}」审定通过
              </Button>
            )}
            {s.role === 'bureau' && draft.stage === 'approved' && <Button type="primary" onClick={() => act.mutate(() => planWrites.issue(id))}>下达年度计划</Button>}
          </Space>
          {draft.approvals.length > 0 && (
            <Typography.Paragraph style={{ marginTop: 12 }}>审定记录:{draft.approvals.map((a) => `${a.body} ${a.on} ${a.documentRef}`).join(';')}</Typography.Paragraph>
          )}
        </Card>
      )}

      {p?.issued && (
        <Card title={`已下达:第${p.issued.edition}版(${p.issued.issuedOn})`} extra={s.role === 'bureau' && !draft && <Button onClick={() => act.mutate(() => planWrites.adjust(id, '动态调整'))}>发起动态调整</Button>}>
          <LinesTable lines={p.issued.lines} caption={s.role === 'department' ? '本部门列入计划的项目' : '已下达项目'} />
          {p.issuedTotals && <TotalsView totals={p.issuedTotals} envelope={p.issued.envelope?.amount} />}
        </Card>
      )}
    </Space>
  );
}
