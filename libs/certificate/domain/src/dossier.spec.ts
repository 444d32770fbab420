import { certificateContentOf, readyToIssue, type DossierFacts } from './dossier';

const complete: DossierFacts = {
  declarationId: '0b7f5a52-5a1b-4d36-9a3e-1f4f6c1f2d10',
  applicantName: '张三',
  idNumber: '11010519491231002X',
  series: 'engineering',
  specialty: 'metrology',
  level: 'deputy-senior',
  region: 'jilin',
  directedCounty: '珲春市',
  outcome: 'passed',
  publishedAt: new Date('2026-11-22T00:00:00Z'),
};

describe('the dossier behind a certificate (R-CT-1)', () => {
  it('is ready once a passed result is published and the declared facts are in', () => {
    expect(readyToIssue(complete)).toBe(true);
  });

  it.each([
    ['not yet published', { publishedAt: null }],
    ['failed', { outcome: 'failed' }],
    ['no decision yet', { outcome: null }],
    ['the declaration not yet known', { applicantName: null, idNumber: null }],
  ])('is not ready when %s', (_case, change) => {
    expect(readyToIssue({ ...complete, ...change })).toBe(false);
  });

  it('signs the directed county into the content (R-CT-3)', () => {
    if (!readyToIssue(complete)) throw new Error('complete dossier');
    const content = certificateContentOf(complete, { id: 'c1', number: 'JILIN-2026-ENGINEERING-000001', issuedAt: new Date('2026-11-22T08:00:00Z'), issuer: 'bureau' });
    expect(content).toMatchObject({ holderName: '张三', idNumber: '11010519491231002X', directedCounty: '珲春市', issuedAt: '2026-11-22T08:00:00.000Z' });
  });
});
