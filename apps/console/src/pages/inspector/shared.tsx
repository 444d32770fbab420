import { Alert, Descriptions } from 'antd';
import type { ReactNode } from 'react';

/** Status colours only (the preset palettes fall short of AA contrast). */
export const SEVERITY_COLOUR: Record<string, string> = { low: 'default', medium: 'processing', high: 'warning', critical: 'error' };

/** A check's verdict, said in words and not by colour alone, with its facts below. */
export function Verdict({ ok, title, children, testId }: { ok: boolean; title: string; children?: ReactNode; testId: string }) {
  return <Alert type={ok ? 'success' : 'error'} showIcon role="status" data-testid={testId} data-ok={String(ok)} title={title} description={children} style={{ marginBottom: 16 }} />;
}

/** Facts as label/value rows. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Descriptions bordered size="small" column={1}>
      {items.map(([label, value]) => (
        <Descriptions.Item key={label} label={label}>
          {value}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
