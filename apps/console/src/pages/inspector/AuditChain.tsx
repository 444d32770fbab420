import { useQuery } from '@tanstack/react-query';
import { Button, Spin, Typography } from 'antd';
import { verifyAuditHttpControllerVerify } from '../../api/supervision/client';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';
import { Facts, Verdict } from './shared';

type ChainVerdict =
  | { ok: true; checked: number; head: { seq: string; hash: string } | null; anchored?: { seq: string; at: string } | null }
  | { ok: false; checked: number; firstBroken: { seq: string; eventId: string; reason: string } };

/**
 * The audit hash chain checked end to end (R-SV-4), against the signed heads anchored outside the
 * database: intact, or where it first breaks and why. A break is a finding about the data, so the
 * service answers it as a verdict, not as an error.
 */
export default function AuditChain() {
  const t = usePageT(MESSAGES);
  const verdict = useQuery({ queryKey: ['audit-verification'], queryFn: () => unwrap<ChainVerdict>(verifyAuditHttpControllerVerify()) });
  const value = verdict.data;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('audit.title')}
      </Typography.Title>
      <Button onClick={() => void verdict.refetch()} loading={verdict.isFetching} style={{ marginBottom: 16 }}>
        {t('audit.check')}
      </Button>
      <Refusal error={verdict.error} />
      {verdict.isPending && <Spin />}
      {value && (
        <>
          <Verdict testId="audit-verdict" ok={value.ok} title={t(value.ok ? 'audit.intact' : 'audit.broken')} />
          <Facts
            items={
              value.ok
                ? [
                    [t('audit.checked'), value.checked],
                    [t('audit.head'), value.head ? <code key="h">{`#${value.head.seq} ${value.head.hash}`}</code> : '—'],
                    [t('audit.anchor'), value.anchored ? `#${value.anchored.seq} · ${new Date(value.anchored.at).toLocaleString()}` : t('audit.noAnchor')],
                  ]
                : [
                    [t('audit.checked'), value.checked],
                    [t('audit.firstBroken'), <code key="b">{`#${value.firstBroken.seq} ${value.firstBroken.eventId}`}</code>],
                    [t('audit.reason'), value.firstBroken.reason],
                  ]
            }
          />
        </>
      )}
    </>
  );
}
