/**
 * 项目详情: status, findings with rule id / article / message and what is missing, the event timeline, what changed
 * in the last resubmission; a department resubmits a returned project, a reviewer decides pending tasks.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { currentSession } from '../auth/session';
import { messageOf } from '../api/errors';
import { projectDetail, projectEvents, type Finding } from '../api/projects';
import { CATEGORY_LABEL, EVENT_LABEL, STATUS_LABEL } from '../labels';
import { shanghai } from '../time';
import { AuthorityPanel } from './AuthorityPanel';
import { ReopenPanel } from './ReopenPanel';
import { ReviewPanel } from './ReviewPanel';
import { changedPaths } from './diff';
import { remedyText, supplierText } from './remedyText';

const OUTCOME_COLOR: Record<string, string> = { REQUIRE: '#ad4e00', DENY: '#b71c1c', CHECK: '#8a6100', FLAG: '#6b21a8', PASS: '#2e7d32' };

/** What to fix and where, one line per missing item (its 结论 column says 已满足 when nothing is missing). */
function RemedyList({ finding: f }: { finding: Finding }) {
  if (f.satisfied) return '无需补正';
  const remedies = f.remedies ?? [];
  const plain = (f.missing ?? []).filter((m) => !remedies.some((r) => r.item === m));
  if (!remedies.length && !plain.length) return '—';
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {remedies.map((r) => (
        <li key={r.item}>
          <Tag>{supplierText(r)}</Tag>
          {remedyText(r)}
        </li>
      ))}
      {plain.map((m) => <li key={m}>缺少:{m}</li>)}
    </ul>
  );
}

export function FindingsTable({ findings, caption }: { findings: Finding[]; caption: string }) {
  return (
    <Table
      size="small"
      rowKey={(f) => `${f.ruleId}-${f.outcome}`}
      dataSource={findings}
      pagination={false}
      title={() => <Typography.Text strong>{caption}</Typography.Text>}
      columns={[
        { title: '规则编号', dataIndex: 'ruleId', width: 200 },
        { title: '条款', dataIndex: 'article', width: 110 },
        { title: '结论', dataIndex: 'outcome', width: 90, render: (o: string, f) => (f.satisfied ? <Tag color={OUTCOME_COLOR.PASS}>已满足</Tag> : <Tag color={OUTCOME_COLOR[o]}>{o}</Tag>) },
        { title: '说明', dataIndex: 'message' },
        { title: '补正指引', key: 'missing', render: (_: unknown, f) => <RemedyList finding={f} /> },
      ]}
    />
  );
}

export default function ProjectDetail() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const role = currentSession()!.role;
  // Poll while the pipeline is still working on it (submitted/classified), so the page settles by itself.
  const project = useQuery({
    queryKey: ['project', id],
    queryFn: () => projectDetail(id),
    refetchInterval: (q) => (['submitted', 'classified'].includes(q.state.data?.status ?? '') ? 1000 : false),
  });
  const events = useQuery({ queryKey: ['events', id, project.data?.version, project.data?.status], queryFn: () => projectEvents(id), enabled: !!project.data });
  if (project.error) return <Alert type="error" showIcon message={messageOf(project.error)} />;
  const p = project.data;
  if (!p) return <Card loading />;
  // The detail is the stored project: its name lives in the application (the summary routes flatten it).
  const name = p.name ?? String(p.application.name ?? '');
  const st = STATUS_LABEL[p.status];
  const blocking = p.preReview?.blocking ?? [];
  const tasks = p.preReview?.reviewerTasks ?? [];
  const lastRevision = (p.revisions ?? []).at(-1) as { version: number; application: Record<string, unknown> } | undefined;
  const allFindings = p.preReview?.findings ?? p.classification?.findings ?? [];
  // Closed reviews a reviewer may reopen: decided rules and named review results not already reopened.
  const closedItems = [...Object.keys(p.lifecycle?.status?.decisions ?? {}), ...Object.keys(p.lifecycle?.status?.reviews ?? {})]
    .filter((i, n, all) => all.indexOf(i) === n && !p.reopenedReviews?.[i]);
  // Reopened rule decisions are decided again with the same checklist (named reviews are decided where they are set).
  const reopenedTasks = Object.keys(p.reopenedReviews ?? {}).flatMap((item) => allFindings.filter((f) => f.ruleId === item).slice(0, 1));
  const changes = lastRevision ? changedPaths(lastRevision.application, p.application) : [];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>{name}</Typography.Title>
          <Space>
            <Tag color={st?.color} style={{ fontSize: 14 }}>{st?.text ?? p.status}</Tag>
            {role === 'department' && p.status === 'returned' && (
              <Button type="primary" onClick={() => navigate(`/projects/${p.id}/edit`)}>修改后重新提交</Button>
            )}
          </Space>
        </Space>
        <Descriptions size="small" column={3} style={{ marginTop: 16 }}>
          <Descriptions.Item label="项目编号">{p.id}</Descriptions.Item>
          <Descriptions.Item label="申报部门">{p.departmentId}</Descriptions.Item>
          <Descriptions.Item label="版本">{p.version}</Descriptions.Item>
          <Descriptions.Item label="类别">{CATEGORY_LABEL[String(p.application.category)] ?? String(p.application.category)}</Descriptions.Item>
          <Descriptions.Item label="总投资(元)">{p.application.amounts?.total ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="审批路径">{p.classification?.approvalPath ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="应提交材料">{p.classification?.requiredDocuments?.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="更新时间">{shanghai(p.updatedAt)}</Descriptions.Item>
        </Descriptions>
        {p.preReview?.notice && <Alert type="warning" showIcon message={p.preReview.notice} />}
      </Card>

      {blocking.length > 0 && (
        <Card title="需要补正的内容" role="region" aria-label="需要补正的内容">
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={`共 ${blocking.length} 项:按下表“补正指引”一栏补充材料、章节或说明事项后重新提交;由机关出具的意见由审核人员登记。`}
          />
          <FindingsTable findings={blocking} caption="退回理由" />
        </Card>
      )}

      {role !== 'department' && ['bureau', 'admin'].includes(role) && p.status === 'pending_review' && tasks.length > 0 && (
        <ReviewPanel projectId={p.id} tasks={tasks} />
      )}
      {tasks.length > 0 && !(['bureau', 'admin'].includes(role) && p.status === 'pending_review') && <Card><FindingsTable findings={tasks} caption="审核事项" /></Card>}

      {role === 'bureau' && p.status === 'in_library' && reopenedTasks.length > 0 && <ReviewPanel projectId={p.id} tasks={reopenedTasks} />}

      <AuthorityPanel projectId={p.id} findings={allFindings} canRecord={role === 'bureau'} />
      <ReopenPanel
        projectId={p.id}
        items={closedItems}
        reopened={p.reopenedReviews ?? {}}
        canReopen={role === 'bureau' && p.status === 'in_library' && closedItems.length > 0}
      />

      {changes.length > 0 && (
        <Card title={`与第 ${lastRevision!.version} 版相比的修改`}>
          <Table size="small" rowKey="path" pagination={false} dataSource={changes} columns={[
            { title: '位置', dataIndex: 'path' },
            { title: '修改前', dataIndex: 'before' },
            { title: '修改后', dataIndex: 'after' },
          ]} />
        </Card>
      )}

      <Card>
        <FindingsTable findings={allFindings} caption="全部规则结论" />
      </Card>

      <Card title="事件时间线">
        {events.error && <Alert type="error" showIcon message={messageOf(events.error)} />}
        <Timeline
          items={(events.data ?? []).map((e) => ({
            children: (
              <div>
                <Typography.Text strong>{EVENT_LABEL[e.type] ?? e.type}</Typography.Text>{' '}
                <Typography.Text type="secondary">{shanghai(e.at)} · {e.actor} · 第 {e.seq} 条</Typography.Text>
                {e.ruleIds?.length ? <div><Typography.Text type="secondary">依据:{e.ruleIds.join('、')}</Typography.Text></div> : null}
              </div>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
