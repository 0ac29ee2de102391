/**
 * 项目申报 (new) and 修改后重新提交 (edit of a returned project), in steps. The API validates (its Chinese message is
 * put on the field it names); the form only keeps what the user typed — all steps stay mounted, and nothing is
 * reset on a failed request. The documents step lists what the jurisdiction's rule pack asks for, with articles.
 */
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, List, Row, Select, Space, Steps, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { api, type Application } from '../api/client';
import { ApiFailure, messageOf, unwrap, type ErrorDetail } from '../api/errors';
import { projectDetail, type ProjectDetail } from '../api/projects';
import { currentSession } from '../auth/session';
import { CATEGORY_LABEL, FUNDING_LABEL, SUBTYPE_LABEL } from '../labels';
import { applyFieldErrors } from './fieldErrors';
import { DocumentFile } from './DocumentFile';
import { FindingsTable } from './ProjectDetail';

interface Doc { type: string; title: string; sha256: string; chapters?: string[] }
interface Values {
  name: string;
  applicant: { type: string; level?: 'province' | 'city' | 'district' | 'county' };
  category: Application['category'];
  subtype: Application['subtype'];
  targetYear: number;
  implementingBody?: string;
  responsiblePerson?: string;
  amounts: { total: string };
  fundingSources: Application['fundingSources'];
  documents: Doc[];
  fieldList: { key: string; value: string }[];
}

const STEPS = ['基本信息', '资金', '申报材料', '说明事项', '确认提交'];
/** Which step shows a field, by the first segment of the API's error path. */
const STEP_OF: Record<string, number> = { name: 0, applicant: 0, category: 0, subtype: 0, targetYear: 0, implementingBody: 0, responsiblePerson: 0, amounts: 1, fundingSources: 1, documents: 2, fields: 3, fieldList: 3 };

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const blank: Partial<Values> = { applicant: { type: '', level: 'district' }, category: 'build', subtype: 'new', targetYear: new Date().getFullYear() + 1, fundingSources: ['local_fiscal'], documents: [{ type: '申请入库文件', title: '', sha256: '', chapters: [] }], fieldList: [] };

function fromProject(p: ProjectDetail): Partial<Values> {
  const a = p.application as unknown as Application & { amounts: { total: string }; fields?: Record<string, unknown> };
  return {
    name: a.name, applicant: a.applicant as Values['applicant'], category: a.category, subtype: a.subtype, targetYear: a.targetYear,
    implementingBody: a.implementingBody, responsiblePerson: a.responsiblePerson,
    amounts: { total: a.amounts.total }, fundingSources: a.fundingSources,
    documents: (a.documents ?? []).map((d) => ({ type: d.type, title: d.title, sha256: d.sha256, chapters: d.chapters ?? [] })),
    fieldList: Object.entries(a.fields ?? {}).map(([key, value]) => ({ key, value: String(value) })),
  };
}

function toBody(v: Values, base?: Record<string, unknown>): Application {
  const fields = Object.fromEntries((v.fieldList ?? []).filter((f) => f?.key).map((f) => [f.key.trim(), f.value ?? '']));
  // An edit keeps what this form does not show (data resources, dates …) from the stored application.
  const kept = base ? Object.fromEntries(Object.entries(base).filter(([k]) => ['dataResources', 'flags', 'dates', 'objectType', 'applicationKind', 'deliveryMode', 'tier'].includes(k))) : {};
  return {
    ...kept,
    name: v.name, applicant: v.applicant, category: v.category, subtype: v.subtype, targetYear: v.targetYear,
    implementingBody: v.implementingBody || undefined, responsiblePerson: v.responsiblePerson || undefined,
    amounts: { total: v.amounts?.total }, fundingSources: v.fundingSources,
    documents: (v.documents ?? []).map((d) => ({ ...d, chapters: d.chapters ?? [] })),
    ...(Object.keys(fields).length ? { fields } : {}),
  } as Application;
}

interface PackRule { id: string; function: string; article: string; keyPhrase: string; check: string; implemented: boolean }

export default function ApplicationForm() {
  const { id } = useParams();
  const session = currentSession()!;
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState(0);
  const [failure, setFailure] = useState<{ message: string; details: ErrorDetail[] }>();
  const [busy, setBusy] = useState(false);
  /** A verified upload recorded on the project bumps its version: the resubmission's If-Match follows it. */
  const [version, setVersion] = useState<number>();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const existing = useQuery({ queryKey: ['project', id], queryFn: () => projectDetail(id!), enabled: !!id });
  const pack = useQuery({
    queryKey: ['rule-pack', session.jur],
    queryFn: async () => unwrap(await api.GET('/v1/rule-packs/{jurisdiction}', { params: { path: { jurisdiction: session.jur } } })) as unknown as { meta: { title: string }; rules: PackRule[] },
  });
  const docRules = useMemo(() => (pack.data?.rules ?? []).filter((r) => r.check.includes('D') && ['intake', 'classification', 'pre-review'].includes(r.function)), [pack.data]);

  useEffect(() => {
    if (existing.data) form.setFieldsValue(fromProject(existing.data));
  }, [existing.data, form]);

  const submit = async () => {
    const v = form.getFieldsValue(true) as Values;
    setBusy(true);
    setFailure(undefined);
    try {
      const body = toBody(v, existing.data?.application);
      const r = id
        ? await api.PUT('/v1/projects/{id}', { params: { path: { id }, header: { 'if-match': String(version ?? existing.data!.version) } }, body })
        : await api.POST('/v1/projects', { params: { header: { 'idempotency-key': crypto.randomUUID() } }, body });
      const created = unwrap(r);
      message.success('申报已受理,正在分类和预审');
      navigate(`/projects/${created.id}`);
    } catch (e) {
      const details = e instanceof ApiFailure ? e.details : [];
      const mapped = details.map((d) => fieldPath(d, v));
      const unplaced = applyFieldErrors(form, mapped);
      setFailure({ message: messageOf(e instanceof ApiFailure ? new ApiFailure(e.status, e.code, e.message, []) : e), details: unplaced });
      const first = mapped[0]?.path.split('.')[0];
      if (first && STEP_OF[first] !== undefined) setStep(STEP_OF[first]);
    } finally {
      setBusy(false);
    }
  };

  const returned = existing.data?.preReview?.blocking ?? [];
  const addField = (key: string) => form.setFieldValue('fieldList', [...(form.getFieldValue('fieldList') ?? []), { key, value: '' }]);
  const addDocument = (type: string) => form.setFieldValue('documents', [...(form.getFieldValue('documents') ?? []), { type, title: '', sha256: '', chapters: [] }]);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 20 }}>{id ? `修改后重新提交:${existing.data ? String(existing.data.application.name ?? '') : ''}` : '项目申报'}</Typography.Title>
        <Steps current={step} onChange={setStep} items={STEPS.map((title) => ({ title }))} />
      </Card>
      {failure && (
        <Alert
          type="error"
          showIcon
          message={failure.message}
          description={failure.details.length ? <ul>{failure.details.map((d) => <li key={d.path}>{d.path}:{d.message}</li>)}</ul> : '请按标红的字段修改后再次提交,已填写的内容均已保留。'}
        />
      )}
      {returned.length > 0 && (
        <Card title="上次退回的理由(可一键添加为说明事项或申报材料)">
          <FindingsTable findings={returned} caption="退回理由" />
          <Space wrap style={{ marginTop: 12 }}>
            {returned.flatMap((f) => f.missing ?? []).map((m) => (
              <Space.Compact key={m}>
                <Button size="small" onClick={() => { addField(m); setStep(3); }}>添加说明事项:{m}</Button>
                <Button size="small" onClick={() => { addDocument(m); setStep(2); }}>添加材料</Button>
              </Space.Compact>
            ))}
          </Space>
        </Card>
      )}
      <Card>
        <Form form={form} layout="vertical" initialValues={id ? undefined : blank} onFinish={submit} scrollToFirstError>
          <div hidden={step !== 0}>
            <Row gutter={16}>
              <Col span={12}><Form.Item name="name" label="项目名称"><Input maxLength={200} /></Form.Item></Col>
              <Col span={6}><Form.Item name={['applicant', 'type']} label="申报单位类型"><Input placeholder="如 区直部门" /></Form.Item></Col>
              <Col span={6}><Form.Item name={['applicant', 'level']} label="单位层级"><Select options={options({ province: '省级', city: '市级', district: '区级', county: '县级' })} /></Form.Item></Col>
              <Col span={6}><Form.Item name="category" label="项目类别"><Select options={options(CATEGORY_LABEL)} /></Form.Item></Col>
              <Col span={6}><Form.Item name="subtype" label="建设性质"><Select options={options(SUBTYPE_LABEL)} /></Form.Item></Col>
              <Col span={4}><Form.Item name="targetYear" label="申报年度"><InputNumber style={{ width: '100%' }} /></Form.Item></Col>
              <Col span={4}><Form.Item name="implementingBody" label="实施单位"><Input /></Form.Item></Col>
              <Col span={4}><Form.Item name="responsiblePerson" label="项目负责人"><Input /></Form.Item></Col>
            </Row>
          </div>
          <div hidden={step !== 1}>
            <Row gutter={16}>
              <Col span={8}><Form.Item name={['amounts', 'total']} label="总投资(元,最多两位小数)"><Input placeholder="如 580000.00" inputMode="decimal" /></Form.Item></Col>
              <Col span={16}><Form.Item name="fundingSources" label="资金来源"><Select mode="multiple" options={options(FUNDING_LABEL)} /></Form.Item></Col>
            </Row>
          </div>
          <div hidden={step !== 2}>
            <Alert
              type="info"
              style={{ marginBottom: 16 }}
              message={`${pack.data?.meta.title ?? '本辖区'}对申报材料的要求`}
              description={
                <List size="small" dataSource={docRules} renderItem={(r) => (
                  <List.Item><Space wrap><Tag>{r.id}</Tag><Tag color="#1d4ed8">{r.article}</Tag><span>{r.keyPhrase}</span></Space></List.Item>
                )} />
              }
            />
            <Form.List name="documents">
              {(items, { add, remove }) => (
                <>
                  {items.map(({ key, name }) => (
                    <Card key={key} size="small" style={{ marginBottom: 12 }} title={`材料 ${name + 1}`} extra={<Button size="small" danger onClick={() => remove(name)}>删除</Button>}>
                      <Row gutter={12}>
                        <Col span={6}><Form.Item name={[name, 'type']} label="材料类型"><Input placeholder="如 实施方案" /></Form.Item></Col>
                        <Col span={8}><Form.Item name={[name, 'title']} label="材料标题"><Input /></Form.Item></Col>
                        <Col span={10}>
                          <Form.Item name={[name, 'sha256']} label="文件 SHA-256(上传并校验后自动填写)"><Input /></Form.Item>
                          <DocumentFile
                            index={name}
                            projectId={id}
                            describe={() => form.getFieldValue(['documents', name])}
                            onVerified={(u) => {
                              form.setFieldValue(['documents', name, 'sha256'], u.sha256);
                              if (u.projectVersion !== undefined) setVersion((v) => Math.max(v ?? 0, u.projectVersion!));
                            }}
                          />
                        </Col>
                        <Col span={24}><Form.Item name={[name, 'chapters']} label="包含的篇章(输入后回车)"><Select mode="tags" open={false} tokenSeparators={[',', ',']} aria-label={`材料 ${name + 1} 篇章`} /></Form.Item></Col>
                      </Row>
                    </Card>
                  ))}
                  <Button onClick={() => add({ type: '', title: '', sha256: '', chapters: [] })}>添加材料</Button>
                </>
              )}
            </Form.List>
          </div>
          <div hidden={step !== 3}>
            <Typography.Paragraph type="secondary">按规定须书面说明的事项(如第六条的说明、系统接口、绩效目标),每项一个名称和内容。</Typography.Paragraph>
            <Form.List name="fieldList">
              {(items, { add, remove }) => (
                <>
                  {items.map(({ key, name }) => (
                    <Row gutter={12} key={key}>
                      <Col span={8}><Form.Item name={[name, 'key']} label={`事项 ${name + 1} 名称`}><Input /></Form.Item></Col>
                      <Col span={14}><Form.Item name={[name, 'value']} label={`事项 ${name + 1} 内容`}><Input.TextArea rows={2} /></Form.Item></Col>
                      <Col span={2}><Button danger style={{ marginTop: 30 }} onClick={() => remove(name)}>删除</Button></Col>
                    </Row>
                  ))}
                  <Button onClick={() => add({ key: '', value: '' })}>添加说明事项</Button>
                </>
              )}
            </Form.List>
          </div>
          <div hidden={step !== 4}>
            <Typography.Paragraph>提交后系统将自动分类和预审;材料不全时会退回并列出需补正的内容和依据条款。</Typography.Paragraph>
          </div>
          <Space style={{ marginTop: 16 }}>
            {step > 0 && <Button onClick={() => setStep(step - 1)}>上一步</Button>}
            {step < STEPS.length - 1 && <Button type="primary" onClick={() => setStep(step + 1)}>下一步</Button>}
            {step === STEPS.length - 1 && <Button type="primary" htmlType="submit" loading={busy}>{id ? '重新提交' : '提交申报'}</Button>}
          </Space>
        </Form>
      </Card>
    </Space>
  );
}

/** The API names `fields.<name>`; the form keeps fields as a list: point at the row with that name. */
function fieldPath(d: ErrorDetail, v: Values): ErrorDetail {
  const m = /^fields\.(.+)$/.exec(d.path);
  if (!m) return d;
  const i = (v.fieldList ?? []).findIndex((f) => f.key === m[1]);
  return i >= 0 ? { path: `fieldList.${i}.value`, message: d.message } : d;
}
