import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, Result, Spin, Typography } from 'antd';
import { useParams, useSearchParams, useNavigate } from 'react-router';
import { verifyCertificateHttpControllerVerify } from '../../api/certificate/client';
import { Refusal } from '../../components/Refusal';
import { useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';

interface Verification {
  number: string;
  holderName: string;
  idNumber: string | null;
  series: string;
  specialty: string | null;
  level: string;
  title: string | null;
  region: string;
  directed: { county: string } | null;
  issuedAt: string;
  status: string;
  signatureValid: boolean;
  revokedAt: string | null;
}

/**
 * What the QR code on a certificate opens (R-CT-2): anyone, without signing in, sees whether the
 * signature holds and the certificate stands, with the holder's name and number masked.
 */
export default function CertificateVerification() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const [search] = useSearchParams();
  const code = search.get('code') ?? '';
  const query = useQuery({
    queryKey: ['certificate-verification', id, code],
    enabled: Boolean(id && code),
    retry: false,
    queryFn: () => unwrap<Verification>(verifyCertificateHttpControllerVerify({ path: { id: id! }, query: { code } })),
  });

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('verify.title')}
      </Typography.Title>
      {!id || !code ? (
        <Card style={{ maxWidth: 560 }}>
          <Form layout="vertical" onFinish={(values: { id: string; code: string }) => navigate(`/certificates/${values.id.trim()}/verification?code=${encodeURIComponent(values.code.trim())}`)}>
            <Form.Item name="id" label={t('verify.certificateId')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="code" label={t('verify.code')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('verify.check')}
            </Button>
          </Form>
        </Card>
      ) : query.isPending ? (
        <Spin />
      ) : query.error ? (
        <Refusal error={query.error} />
      ) : (
        <VerificationResult verification={query.data} />
      )}
    </>
  );
}

function VerificationResult({ verification }: { verification: Verification }) {
  const t = useT();
  const valid = verification.signatureValid && verification.status === 'valid';
  return (
    <>
      <Result status={valid ? 'success' : 'error'} title={<span data-testid="verification-status">{valid ? t('verify.valid') : t('verify.invalid')}</span>} subTitle={valid ? undefined : `${t('verify.reason')}: ${verification.status}`} />
      <Descriptions bordered column={1} size="middle" style={{ maxWidth: 720 }}>
        <Descriptions.Item label={t('verify.certificateId')}>{verification.number}</Descriptions.Item>
        <Descriptions.Item label={t('verify.holder')}>
          {verification.holderName} {verification.idNumber ?? ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('verify.title.name')}>{verification.title ?? `${verification.series} ${verification.level}`}</Descriptions.Item>
        <Descriptions.Item label={t('verify.issuedOn')}>{new Date(verification.issuedAt).toLocaleDateString()}</Descriptions.Item>
      </Descriptions>
    </>
  );
}
