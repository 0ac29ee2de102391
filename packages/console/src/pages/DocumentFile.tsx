/**
 * One document row's file picker: uploads the chosen file (hash, presigned PUT, verification) and puts the verified
 * sha256 on the row; the row says 已校验 or shows the API's Chinese reason.
 */
import { useId, useState } from 'react';
import { Space, Tag, Typography } from 'antd';
import { uploadDocument, type UploadedDocument } from '../api/documents';
import { ApiFailure, messageOf } from '../api/errors';
import { uploadProblems } from './fieldErrors';

/** antd's Button look for the <label> that opens the picker (antd styles only its own components). */
const PICK_BUTTON: React.CSSProperties = {
  display: 'inline-block', width: 'fit-content', padding: '0 12px', lineHeight: '30px', border: '1px solid #d9d9d9', borderRadius: 6,
  background: '#fff', color: 'rgba(0,0,0,0.88)', cursor: 'pointer',
};

/** The API's Chinese message, then one sentence per field it names (in the row's words, not the API's paths). */
function failureOf(err: unknown): string {
  if (!(err instanceof ApiFailure)) return messageOf(err);
  return err.details.length ? `${err.message}。${uploadProblems(err.details)}` : err.message;
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'verified'; name: string } | { kind: 'failed'; message: string };

export function DocumentFile(props: {
  index: number;
  /** The row's current type and title (the upload is declared under them). */
  describe: () => { type: string; title: string };
  projectId?: string;
  onVerified: (u: UploadedDocument) => void;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [focused, setFocused] = useState(false);
  const inputId = useId();
  const label = `材料 ${props.index + 1} 文件(PDF、OFD、DOCX、XLSX、JPEG、PNG,不超过 50 MiB)`;
  const onChange = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // choosing the same file again retries
    if (!file) return;
    // The row's picker has the focus now (as after a click on it): the field typed in before keeps no focus ring,
    // which in this theme's red reads as an error on a valid 材料标题.
    e.target.focus();
    setState({ kind: 'busy' });
    try {
      const d = props.describe();
      const u = await uploadDocument(file, { type: d.type?.trim() ?? '', title: d.title?.trim() ?? '', projectId: props.projectId });
      props.onVerified(u);
      setState({ kind: 'verified', name: file.name });
    } catch (err) {
      setState({ kind: 'failed', message: failureOf(err) });
    }
  };
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      {/* The native picker's own words follow the browser's language; a Chinese button opens it instead. */}
      <label htmlFor={inputId} style={{ ...PICK_BUTTON, outline: focused ? '2px solid #1d4ed8' : undefined }}>
        {state.kind === 'verified' ? '重新选择文件' : '选择文件并上传'}
      </label>
      <input
        id={inputId}
        type="file"
        aria-label={label}
        accept=".pdf,.ofd,.docx,.xlsx,.jpg,.jpeg,.png"
        disabled={state.kind === 'busy'}
        onChange={onChange}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
      />
      <div role="status" aria-live="polite" data-testid={`document-${props.index}-status`}>
        {state.kind === 'busy' && <Typography.Text>正在上传并校验…</Typography.Text>}
        {state.kind === 'verified' && <Space size={4}><Tag color="#15803d">已校验</Tag><Typography.Text>{state.name}</Typography.Text></Space>}
        {state.kind === 'failed' && <Typography.Text style={{ color: '#b91c1c' }}>上传未通过:{state.message}</Typography.Text>}
      </div>
    </Space>
  );
}
