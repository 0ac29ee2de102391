/** The frame every signed-in page shares: title bar with who is signed in, the role's menu, the page. */
import type { ReactNode } from 'react';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { currentSession, signOut, type Role } from './auth/session';
import { JURISDICTION_LABEL, ROLE_LABEL } from './labels';

const MENU: { key: string; label: string; roles: Role[] }[] = [
  { key: '/projects', label: '我的项目', roles: ['department'] },
  { key: '/projects/new', label: '项目申报', roles: ['department'] },
  { key: '/review', label: '审核队列', roles: ['bureau', 'admin'] },
  { key: '/gate', label: '资金闸口', roles: ['finance', 'admin'] },
  { key: '/library', label: '项目库', roles: ['bureau', 'auditor', 'admin'] },
  { key: '/chains', label: '哈希链校验', roles: ['auditor', 'admin'] },
  { key: '/dashboard', label: '统计看板', roles: ['bureau', 'admin'] },
  { key: '/due-soon', label: '即将到期', roles: ['department', 'bureau', 'admin'] },
  { key: '/flags', label: '预警', roles: ['department', 'bureau', 'auditor', 'admin'] },
  { key: '/plans', label: '年度计划', roles: ['department', 'bureau', 'finance', 'admin'] },
];

export function Shell({ children }: { children: ReactNode }) {
  const s = currentSession()!;
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const items = MENU.filter((m) => m.roles.includes(s.role)).map((m) => ({ key: m.key, label: m.label }));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#8b1a1a' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>政务信息化项目管理</Typography.Text>
        <nav aria-label="主菜单" style={{ flex: 1, minWidth: 0 }}>
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={[location.pathname]}
            items={items}
            onClick={(e) => navigate(e.key)}
            style={{ background: 'transparent' }}
          />
        </nav>
        <Space>
          <Typography.Text style={{ color: '#fff' }}>
            {ROLE_LABEL[s.role]} · {JURISDICTION_LABEL[s.jur] ?? s.jur}{s.dept ? ` · ${s.dept}` : ''}
          </Typography.Text>
          <Button size="small" onClick={() => { signOut(); queryClient.clear(); navigate('/login'); }}>退出</Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <main>{children}</main>
      </Layout.Content>
    </Layout>
  );
}
