import { randomUUID } from 'node:crypto';
import { DecisionRecorded, ResultPublished, WindowOpened } from '@zc/contracts';
import { ApiClient, freshSampleNumber, PRINCIPALS, sampleDeclaration, uniqueCreditCode, waitFor, type RunningSystem, type SampleDeclaration } from '@zc/testing';
import { clockRows, HEALTH, tag, type AccessTable, type Fixtures, type OwnScope } from './access-table';
import { emitAccepted } from './access-events';
import { emit } from './supervision-events';

export interface CertificateFixture {
  n: number;
  declaration: SampleDeclaration;
  declarationId: string;
  committee: string;
  /** The holder's certificate (account `applicant-<n>`), its documents rendered. */
  id: string;
  number: string;
  checkCode: string;
}

/** The holder, the bureau and the inspectors of the certificate's region read it (R-CT-1). */
const READERS = ['applicant', 'inspector', 'bureau-admin'] as const;

export const CERTIFICATE_ACCESS: AccessTable<CertificateFixture> = {
  service: 'certificate',
  rows: [
    {
      call: 'GET /certificates/mine',
      allowed: ['applicant', 'other-applicant'],
      ok: 200,
      request: () => ({ method: 'GET', path: '/certificates/mine' }),
      lists: { entitled: ['applicant'], shows: (body, f) => (body as { id: string }[]).some((c) => c.id === f.id) },
    },
    { call: 'GET /certificates/:id/documents', allowed: [...READERS], ok: 200, request: (f) => ({ method: 'GET', path: `/certificates/${f.id}/documents` }) },
    { call: 'GET /certificates/:id/documents/:kind', allowed: [...READERS], ok: 200, request: (f) => ({ method: 'GET', path: `/certificates/${f.id}/documents/certificate` }) },
    { call: 'GET /certificates/:id/qr-code', allowed: [...READERS], ok: 200, request: (f) => ({ method: 'GET', path: `/certificates/${f.id}/qr-code` }) },
    // The signed record: officials only (the bureau, the inspectors of its region).
    { call: 'GET /certificates', allowed: ['inspector', 'bureau-admin'], ok: 200, request: (f) => ({ method: 'GET', path: `/certificates?declarationId=${f.declarationId}` }) },
    { call: 'GET /certificates/:id', allowed: ['inspector', 'bureau-admin'], ok: 200, request: (f) => ({ method: 'GET', path: `/certificates/${f.id}` }) },
    ...clockRows<CertificateFixture>(() => new Date().toISOString()),
  ],
  public: [
    ...HEALTH,
    // R-CT-2, R-CT-4: the verification page behind the QR code, the key, the signed revocation list.
    { call: 'GET /certificates/:id/verification', request: () => ({ method: 'GET', path: `/certificates/${randomUUID()}/verification?code=x` }) },
    { call: 'GET /certificates/public-key', request: () => ({ method: 'GET', path: '/certificates/public-key' }) },
    { call: 'GET /certificates/revocations', request: () => ({ method: 'GET', path: '/certificates/revocations' }) },
  ],
};

/** Certificate alone, fed a whole dossier as the other services would publish it: one certificate, its PDFs rendered. */
export async function certificateFixtures(system: RunningSystem): Promise<Fixtures<CertificateFixture>> {
  const bureau = new ApiClient(system.url('certificate')).as(PRINCIPALS.bureauAdmin);
  const make = async (): Promise<CertificateFixture> => {
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n, { employerCreditCode: uniqueCreditCode() });
    const declarationId = randomUUID();
    const windowId = randomUUID();
    const committee = `access-${tag()}`;
    const { applicantName, series, level, region } = declaration;
    await emitAccepted(declarationId, declaration, { committee, planId: 'tianjin-2023', applicantAccount: PRINCIPALS.applicant(n).sub });
    await emit(DecisionRecorded, declarationId, { declarationId, members: 5, attending: 5, votesFor: 5, votesAgainst: 0, abstentions: 0, outcome: 'passed', reason: '5 of 5 in favour' }, 'committee');
    await emit(WindowOpened, declarationId, { windowId, declarationId, opensAt: new Date().toISOString(), closesAt: new Date().toISOString() }, 'publicity');
    await emit(ResultPublished, declarationId, { windowId, declarationId, publishedAt: new Date().toISOString(), applicantName, series, level, region }, 'publicity');
    const certificate = await waitFor(`the certificate of ${declarationId}`, async () => {
      const found = await bureau.get<{ id: string; number: string; checkCode: string }>(`/certificates?declarationId=${declarationId}`);
      return found.status === 200 ? found.body : undefined;
    });
    await waitFor(`the documents of ${certificate.number} rendered`, async () => (await bureau.get<{ state: string }[]>(`/certificates/${certificate.id}/documents`)).body.every((d) => d.state === 'ready') || undefined);
    return { n, declaration, declarationId, committee, id: certificate.id, number: certificate.number, checkCode: certificate.checkCode };
  };
  let shared: Promise<CertificateFixture> | undefined;
  return {
    shared: () => (shared ??= make()),
    fresh: make,
    scope: (f): OwnScope => ({ applicant: f.n, employerCreditCode: f.declaration.employerCreditCode, department: f.declaration.department, committee: f.committee, region: f.declaration.region }),
    personal: (f) => [f.declaration.idNumber, f.declaration.applicantName],
    secrets: (f) => [f.declarationId, f.id, f.number, f.checkCode],
  };
}
