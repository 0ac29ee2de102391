/** Routes by role; every page is its own chunk (React.lazy), so the sign-in page loads only what it needs. */
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Spin } from 'antd';
import { HOME } from './auth/home';
import { currentSession, type Role } from './auth/session';
import { Shell } from './Shell';

const Login = lazy(() => import('./pages/Login'));
const MyProjects = lazy(() => import('./pages/MyProjects'));
const ApplicationForm = lazy(() => import('./pages/ApplicationForm'));
const ProjectDetail = lazy(() => import('./pages/ProjectDetail'));
const ReviewQueue = lazy(() => import('./pages/ReviewQueue'));
const GateCheck = lazy(() => import('./pages/GateCheck'));
const Library = lazy(() => import('./pages/Library'));
const Chains = lazy(() => import('./pages/Chains'));
const Dashboard = lazy(() => import('./pages/Dashboard'));
const Plans = lazy(() => import('./pages/Plans'));
const Flags = lazy(() => import('./pages/Flags'));
const DueSoon = lazy(() => import('./pages/DueSoon'));

function Guard({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const s = currentSession();
  if (!s) return <Navigate to="/login" replace />;
  if (!roles.includes(s.role)) return <Navigate to={HOME[s.role]} replace />;
  return <Shell>{children}</Shell>;
}

const loading = <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} aria-label="加载中" />;

export function AppRoutes() {
  const s = currentSession();
  return (
    <Suspense fallback={loading}>
      <Routes>
        <Route path="/login" element={<Login />} />
        <Route path="/projects" element={<Guard roles={['department']}><MyProjects /></Guard>} />
        <Route path="/projects/new" element={<Guard roles={['department']}><ApplicationForm /></Guard>} />
        <Route path="/projects/:id/edit" element={<Guard roles={['department']}><ApplicationForm /></Guard>} />
        <Route path="/projects/:id" element={<Guard roles={['department', 'bureau', 'auditor', 'admin']}><ProjectDetail /></Guard>} />
        <Route path="/review" element={<Guard roles={['bureau', 'admin']}><ReviewQueue /></Guard>} />
        <Route path="/gate" element={<Guard roles={['finance', 'admin']}><GateCheck /></Guard>} />
        <Route path="/library" element={<Guard roles={['bureau', 'auditor', 'admin']}><Library /></Guard>} />
        <Route path="/chains" element={<Guard roles={['auditor', 'admin']}><Chains /></Guard>} />
        <Route path="/dashboard" element={<Guard roles={['bureau', 'admin']}><Dashboard /></Guard>} />
        <Route path="/plans" element={<Guard roles={['department', 'bureau', 'finance', 'admin']}><Plans /></Guard>} />
        <Route path="/flags" element={<Guard roles={['department', 'bureau', 'auditor', 'admin']}><Flags /></Guard>} />
        <Route path="/due-soon" element={<Guard roles={['department', 'bureau', 'admin']}><DueSoon /></Guard>} />
        <Route path="*" element={<Navigate to={s ? HOME[s.role] : '/login'} replace />} />
      </Routes>
    </Suspense>
  );
}
