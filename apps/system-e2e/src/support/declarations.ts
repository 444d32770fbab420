import { ApiClient, contributionRecords, declareUntilAccepted, PRINCIPALS, setIntakeClock, TIANJIN_2023_REVIEW_DAY, waitFor, type RunningSystem, type SampleDeclaration } from '@zc/testing';

export interface DeclarationView {
  id: string;
  status: string;
  history: { fromStatus: string | null; toStatus: string; reason: string | null; eventId: string | null }[];
}

/** Loads `months` of social-security feed data for the applicant into verification. */
export async function loadFeed(system: RunningSystem, declaration: SampleDeclaration, months = 6): Promise<void> {
  const admin = new ApiClient(system.url('verification')).as(PRINCIPALS.bureauAdmin);
  const response = await admin.post('/feeds/social-security/records', {
    batchId: `test-${declaration.idNumber}`,
    records: contributionRecords(declaration, months),
  });
  if (response.status !== 200) throw new Error(`feed load failed: ${response.status} ${JSON.stringify(response.body)}`);
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
