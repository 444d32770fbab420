import { FEED_SOURCES, type FeedSourceName } from '@zc/contracts';
import { ApiClient, continuingEducationRecords, freshSampleNumber, sampleDeclaration, holdCommitteeMeeting, type Choice, contributionRecords, declareUntilAccepted, degreeRecords, PRINCIPALS, setIntakeClock, TIANJIN_2023_REVIEW_DAY, waitFor, type RunningSystem, type SampleDeclaration } from '@zc/testing';

export interface DeclarationView {
  id: string;
  status: string;
  history: { fromStatus: string | null; toStatus: string; reason: string | null; eventId: string | null }[];
}

/** Pushes records of one feed into verification, as an agency would over HTTP. */
export async function pushFeed(system: RunningSystem, source: string, records: object[], batchId = `test-${source}-${Date.now()}-${Math.random()}`): Promise<void> {
  const admin = new ApiClient(system.url('verification')).as(PRINCIPALS.bureauAdmin);
  const response = await admin.post(`/feeds/${source}/records`, { batchId: batchId.slice(0, 64), records });
  if (response.status !== 200) throw new Error(`feed load failed: ${response.status} ${JSON.stringify(response.body)}`);
}

/** The applicant's records in each feed: social security by the declaring unit, hours, the declared degree. */
export function feedRecordsFor(declaration: SampleDeclaration, options: { months?: number; hours?: number; degree?: Record<string, string> } = {}): Record<FeedSourceName, object[]> {
  return {
    'social-security': contributionRecords(declaration, options.months ?? 6),
    'continuing-education': continuingEducationRecords(declaration, options.hours ?? 90),
    degree: degreeRecords(declaration, options.degree),
  };
}

/**
 * Loads the applicant's data into the feeds (all three unless some are skipped): `months` of social
 * security by the declaring unit, `hours` of continuing education in each plan year, the declared degree.
 */
export async function loadFeed(
  system: RunningSystem,
  declaration: SampleDeclaration,
  months = 6,
  options: { hours?: number; degree?: Record<string, string>; skip?: FeedSourceName[] } = {},
): Promise<void> {
  const records = feedRecordsFor(declaration, { ...options, months });
  for (const source of FEED_SOURCES) if (!options.skip?.includes(source)) await pushFeed(system, source, records[source]);
}

/** Declares as applicant `n` and walks the review stages to `accepted`; returns the declaration id. */
export async function submit(system: RunningSystem, n: number, declaration: SampleDeclaration): Promise<string> {
  await setIntakeClock(system.url('intake'), TIANJIN_2023_REVIEW_DAY);
  return declareUntilAccepted(system.url('intake'), n, declaration);
}

export async function readDeclaration(system: RunningSystem, id: string): Promise<DeclarationView> {
  const response = await new ApiClient(system.url('intake')).as(PRINCIPALS.bureauAdmin).get<DeclarationView>(`/declarations/${id}`);
  if (response.status !== 200) throw new Error(`read failed: ${response.status}`);
  return response.body;
}

/** Waits until intake reports `status` for the declaration. */
export function awaitStatus(system: RunningSystem, id: string, status: string, timeoutMs = 60_000): Promise<DeclarationView> {
  return waitFor(
    `declaration ${id} to reach ${status}`,
    async () => {
      const view = await readDeclaration(system, id);
      return view.status === status ? view : undefined;
    },
    { timeoutMs, intervalMs: 150 },
  );
}

export interface CheckView {
  check: string;
  status: string;
  settledBy: string | null;
  reason: string;
  evidence: { source: string; recordId: string; batchId: string; fetchedAt: string }[];
  reviewedBy: string | null;
  timesOutAt: string | null;
}

export interface ChecksView {
  declarationId: string;
  outcome: string | null;
  checks: CheckView[];
}

/** What verification holds for a declaration: each check and the verdict. */
export async function readChecks(system: RunningSystem, id: string): Promise<ChecksView | undefined> {
  const response = await new ApiClient(system.url('verification')).as(PRINCIPALS.bureauAdmin).get<ChecksView>(`/checks/${id}`);
  return response.status === 200 ? response.body : undefined;
}

/** Waits until the declaration's `check` has `status`. */
export function awaitCheck(system: RunningSystem, id: string, check: string, status: string, timeoutMs = 30_000): Promise<CheckView> {
  return waitFor(
    `the ${check} check of ${id} to be ${status}`,
    async () => (await readChecks(system, id))?.checks.find((c) => c.check === check && c.status === status),
    { timeoutMs, intervalMs: 150 },
  );
}

/** Waits for verification's one verdict on the declaration. */
export function awaitVerdict(system: RunningSystem, id: string, timeoutMs = 30_000): Promise<ChecksView> {
  return waitFor(`the verification verdict on ${id}`, async () => {
    const view = await readChecks(system, id);
    return view?.outcome ? view : undefined;
  }, { timeoutMs, intervalMs: 150 });
}

/** Once verification passed them, takes declarations of one committee and plan through a meeting. */
export async function passCommittee(system: RunningSystem, ids: string[], choice?: (declarationId: string) => Choice) {
  for (const id of ids) await awaitStatus(system, id, 'verified');
  return holdCommitteeMeeting({ intake: system.url('intake'), committee: system.url('committee') }, ids, choice);
}

/** A fresh applicant's declaration from feeds and submission through a meeting to its certificate. */
export async function certifyFreshDeclaration(system: RunningSystem): Promise<{ id: string; declaration: SampleDeclaration }> {
  const n = freshSampleNumber();
  const declaration = sampleDeclaration(n);
  await loadFeed(system, declaration);
  const id = await submit(system, n, declaration);
  await passCommittee(system, [id]);
  await awaitStatus(system, id, 'certificate-issued');
  return { id, declaration };
}
