import { Alert } from 'antd';
import { useT } from '../i18n/locale';
import { ApiError } from '../lib/api-error';

/** A refusal as the service gave it: the reason, the rule it rests on, and each field at fault. */
export function Refusal({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  if (!(error instanceof ApiError)) return <Alert type="error" showIcon role="alert" title={t('error.network')} />;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="refusal"
      title={
        <>
          {error.ruleId && <strong>{`${t('error.rule')} ${error.ruleId}: `}</strong>}
          {error.message}
        </>
      }
      description={
        error.issues.length > 0 && (
          <ul style={{ margin: 0 }}>
            {error.issues.map((issue, index) => (
              // One field can be refused for several reasons (each missing part of a material).
              <li key={`${issue.field}-${index}`}>
                <code>{issue.field}</code>: {issue.reason}
              </li>
            ))}
          </ul>
        )
      }
    />
  );
}
