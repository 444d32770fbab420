import { SAMPLE_PDF, unitPublicityBefore } from '@zc/testing';
import { HEALTH, type PublicCall } from './access-table';
import { ALL_BUT_EXPERT, type Fixture, type State, type Who } from './intake-fixtures';

export interface IntakeRow {
  call: string;
  state: State;
  allowed: Who[];
  request: (f: Fixture) => { method: string; path: string; body?: unknown; headers?: Record<string, string> };
  /** Success for an allowed caller. */
  ok: number;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

const plan = (f: Fixture) => ({ ...f.planDocument, id: f.planId });

const ROWS: IntakeRow[] = [
  // Only under one's own identity number: another applicant declaring this person is refused (实名, R-EL-4).
  { call: 'POST /declarations', state: 'none', allowed: ['applicant'], ok: 201, request: (f) => ({ method: 'POST', path: '/declarations', body: f.declaration }) },
  { call: 'POST /declarations/:id/submission', state: 'draft', allowed: ['applicant'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/submission`, body: {} }) },
  { call: 'GET /declarations/:id', state: 'submitted', allowed: ['applicant', 'employer', 'department', 'office', 'inspector', 'bureau-admin'], ok: 200, request: (f) => ({ method: 'GET', path: `/declarations/${f.id}` }) },
  { call: 'GET /declarations', state: 'submitted', allowed: ALL_BUT_EXPERT, ok: 200, request: () => ({ method: 'GET', path: '/declarations?pageSize=200' }) },
  { call: 'GET /declarations/export.csv', state: 'submitted', allowed: ['office', 'other-office', 'bureau-admin'], ok: 200, request: () => ({ method: 'GET', path: '/declarations/export.csv' }) },
  { call: 'GET /catalogue', state: 'none', allowed: ALL_BUT_EXPERT, ok: 200, request: () => ({ method: 'GET', path: '/catalogue' }) },
  { call: 'GET /catalogue/routing', state: 'none', allowed: ALL_BUT_EXPERT, ok: 200, request: () => ({ method: 'GET', path: '/catalogue/routing?region=tianjin&series=engineering&specialty=metrology&level=intermediate' }) },
  { call: 'POST /declarations/:id/employer-review', state: 'submitted', allowed: ['employer'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/employer-review`, body: { decision: 'recommend', unitPublicity: unitPublicityBefore('2023-10-20') } }) },
  { call: 'POST /declarations/:id/department-review', state: 'recommended', allowed: ['department'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/department-review`, body: { decision: 'forward' } }) },
  { call: 'POST /declarations/:id/office-review', state: 'forwarded', allowed: ['office'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/office-review`, body: { decision: 'accept' } }) },
  { call: 'POST /declarations/:id/resubmission', state: 'correction-requested', allowed: ['applicant'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/resubmission`, body: {} }) },
  { call: 'POST /declarations/:id/fee-payment', state: 'awaiting-fee', allowed: ['applicant'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/fee-payment`, body: { paymentReference: 'P-1' } }) },
  { call: 'POST /declarations/:id/withdrawal', state: 'submitted', allowed: ['applicant'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/withdrawal`, body: {} }) },
  { call: 'PUT /declarations/:id/materials/:i/parts/:part', state: 'draft', allowed: ['applicant'], ok: 200, request: (f) => ({ method: 'PUT', path: `/declarations/${f.id}/materials/0/parts/full-text`, body: SAMPLE_PDF, headers: { 'content-type': 'application/pdf' } }) },
  // R-RV-1: the employer's photograph of its unit publicity (the first bytes of a PNG are enough for intake's check).
  { call: 'PUT /declarations/:id/unit-publicity/image', state: 'submitted', allowed: ['employer'], ok: 200, request: (f) => ({ method: 'PUT', path: `/declarations/${f.id}/unit-publicity/image`, body: PNG, headers: { 'content-type': 'image/png' } }) },
  { call: 'GET /declarations/:id/materials/:i/parts/:part', state: 'submitted', allowed: ['applicant', 'employer', 'department', 'office', 'inspector', 'bureau-admin'], ok: 200, request: (f) => ({ method: 'GET', path: `/declarations/${f.id}/materials/0/parts/full-text` }) },
  { call: 'POST /declarations/:id/cancellation', state: 'submitted', allowed: ['bureau-admin'], ok: 200, request: (f) => ({ method: 'POST', path: `/declarations/${f.id}/cancellation`, body: { ruleId: 'R-VF-1', finding: 'continuing-education promise found false in the spot check' } }) },
  { call: 'GET /plans', state: 'none', allowed: ALL_BUT_EXPERT, ok: 200, request: () => ({ method: 'GET', path: '/plans' }) },
  { call: 'GET /plans/:id', state: 'none', allowed: ALL_BUT_EXPERT, ok: 200, request: () => ({ method: 'GET', path: '/plans/tianjin-2023' }) },
  { call: 'POST /plans', state: 'none', allowed: ['bureau-admin'], ok: 201, request: (f) => ({ method: 'POST', path: '/plans', body: plan(f) }) },
  { call: 'PUT /plans/:id', state: 'none', allowed: ['bureau-admin'], ok: 200, request: (f) => ({ method: 'PUT', path: `/plans/${f.planId}`, body: plan(f) }) },
  { call: 'POST /plans/:id/publication', state: 'none', allowed: ['bureau-admin'], ok: 200, request: (f) => ({ method: 'POST', path: `/plans/${f.planId}/publication`, body: {} }) },
  // Aggregates only; an inspector reads their own region, so a token naming none is refused.
  { call: 'GET /statistics', state: 'submitted', allowed: ['inspector', 'other-region-inspector', 'bureau-admin'], ok: 200, request: () => ({ method: 'GET', path: '/statistics' }) },
  { call: 'GET /testing/clock', state: 'none', allowed: ['bureau-admin'], ok: 200, request: () => ({ method: 'GET', path: '/testing/clock' }) },
  { call: 'PUT /testing/clock', state: 'none', allowed: ['bureau-admin'], ok: 200, request: () => ({ method: 'PUT', path: '/testing/clock', body: { now: '2023-10-20T10:00:00+08:00' } }) },
];

/** Intake's table: its own runner (intake-access.e2e-spec.ts) walks each declaration through the real API to the row's state. */
export const INTAKE_ACCESS: { service: 'intake'; rows: IntakeRow[]; public: PublicCall[] } = { service: 'intake', rows: ROWS, public: [...HEALTH] };
