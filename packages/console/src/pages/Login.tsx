/**
 * 开发登录: choose role, department and jurisdiction; the local console server's POST /dev/token signs the token
 * (the secret stays on the server). A deployed stage has no such route: there the configured OIDC issuer signs in.
 */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { signIn, type Role } from '../auth/session';
import { JURISDICTION_LABEL, ROLE_LABEL } from '../labels';
import { HOME } from '../auth/home';

interface Values {
  role: Role;
  dept?: string;
  jur: string;
}

export default function Login() {
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();

  const submit = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(v) });
      const body = await r.json().catch(() => ({}));
      if (!r.ok) throw new Error(body?.error?.message ?? `登录失败(HTTP ${r.status})`);
      const s = signIn(body.token);
      if (!s) throw new Error('令牌无法识别');
      navigate(HOME[s.role]);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f3efe9' }}>
      <Card style={{ width: 420 }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>政务信息化项目管理 · 开发登录</Typography.Title>
        <Typography.Paragraph type="secondary">本地开发环境:选择角色、部门和辖区即可登录。部署环境通过统一身份认证登录。</Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" initialValues={{ role: 'department', jur: 'hongshan', dept: 'D001' }} onFinish={submit}>
          <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
            <Select options={Object.entries(ROLE_LABEL).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          {role === 'department' && (
            <Form.Item label="部门编号" name="dept" rules={[{ required: true, message: '请填写部门编号' }]}>
              <Input />
            </Form.Item>
          )}
          <Form.Item label="辖区" name="jur" rules={[{ required: true, message: '请选择辖区' }]}>
            <Select options={Object.entries(JURISDICTION_LABEL).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>登录</Button>
        </Form>
      </Card>
    </main>
  );
}
