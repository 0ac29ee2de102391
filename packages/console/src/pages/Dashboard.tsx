/**
 * 统计看板: projects by status, category and department, from the project list the API serves. The API has no
 * aggregate route yet, so this reads the list (paged) — fine for a jurisdiction's library, not for 10,000 projects.
 */
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Statistic, Typography } from 'antd';
import { messageOf } from '../api/errors';
import { allProjects } from '../api/projects';
import { STATUS_LABEL } from '../labels';
import { echarts, type ChartOption } from './echarts';

function Chart({ option, label }: { option: ChartOption; label: string }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(el.current!);
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => { window.removeEventListener('resize', resize); chart.dispose(); };
  }, [option]);
  return <div ref={el} role="img" aria-label={label} style={{ height: 300 }} />;
}

function count<T>(items: T[], key: (t: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
}

export default function Dashboard() {
  const q = useQuery({ queryKey: ['projects', 'dashboard'], queryFn: () => allProjects() });
  const items = q.data ?? [];
  const byStatus = count(items, (p) => STATUS_LABEL[p.status]?.text ?? p.status);
  const byDept = count(items, (p) => p.departmentId).slice(0, 15);
  return (
    <div>
      <Typography.Title level={1} style={{ fontSize: 20 }}>统计看板</Typography.Title>
      {q.error && <Alert type="error" showIcon message={messageOf(q.error)} />}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}><Card><Statistic title="项目总数" value={items.length} /></Card></Col>
        <Col span={6}><Card><Statistic title="已入库" value={items.filter((p) => p.status === 'in_library').length} /></Card></Col>
        <Col span={6}><Card><Statistic title="待审核" value={items.filter((p) => p.status === 'pending_review').length} /></Card></Col>
        <Col span={6}><Card><Statistic title="退回补正" value={items.filter((p) => p.status === 'returned').length} /></Card></Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Card title="按状态">
            <Chart label={`按状态:${byStatus.map(([k, v]) => `${k} ${v} 个`).join(',')}`} option={{ tooltip: {}, series: [{ type: 'pie', radius: '65%', data: byStatus.map(([name, value]) => ({ name, value })) }] }} />
          </Card>
        </Col>
        <Col span={12}>
          <Card title="按部门">
            <Chart label={`按部门:${byDept.map(([k, v]) => `${k} ${v} 个`).join(',')}`} option={{ tooltip: {}, grid: { left: 80 }, xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: byDept.map(([k]) => k) }, series: [{ type: 'bar', data: byDept.map(([, v]) => v), itemStyle: { color: '#b71c1c' } }] }} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
