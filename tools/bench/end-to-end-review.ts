import { performance } from 'node:perf_hooks';
import { ApiClient, PAPER_PARTS, PRINCIPALS, reviewers, SAMPLE_PDF, TIANJIN_2023_REVIEW_DAY, unitPublicityBefore, type ApiResponse, type SampleDeclaration } from '@zc/testing';

/**
 * declareUntilAccepted (libs/testing) step by step, timing each step and retrying a step that
 * answered 5xx (as a client would; e.g. a pool timeout under load), so that a declaration is not
 * abandoned for a passing error. Only 5xx is retried: a 4xx is a real refusal.
 */
export const REVIEW_STEPS = ['draft', 'evidence (4 uploads)', 'submission', 'employer review', 'department review', 'office review'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

export class ReviewDriver {
  readonly stepLatencies = new Map<ReviewStep, number[]>(REVIEW_STEPS.map((step) => [step, []]));
  readonly serverErrors = new Map<string, number>();
  private readonly intake: ApiClient;

  constructor(
    intakeUrl: string,
    private readonly attempts = 4,
  ) {
    this.intake = new ApiClient(intakeUrl);
  }

  private async call<T>(step: string, expected: number, request: () => Promise<ApiResponse<T>>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const response = await request();
      if (response.status === expected) return response.body;
      if (response.status < 500 || attempt >= this.attempts) throw new Error(`${step} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
      const key = `${step} ${response.status}: ${String((response.body as { message?: string } | undefined)?.message ?? '').slice(0, 80)}`;
      this.serverErrors.set(key, (this.serverErrors.get(key) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }

  private async timed<T>(step: ReviewStep, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await work();
    this.stepLatencies.get(step)?.push(performance.now() - started);
    return result;
  }

  /** Draft, evidence for every part of every paper, submission, employer, department, office: accepted. Returns the id. */
  async declare(applicant: number, declaration: SampleDeclaration, today = TIANJIN_2023_REVIEW_DAY): Promise<string> {
    const asApplicant = this.intake.as(PRINCIPALS.applicant(applicant, declaration));
    const { id } = await this.timed('draft', () => this.call('draft', 201, () => asApplicant.post<{ id: string }>('/declarations', declaration)));
    await this.timed('evidence (4 uploads)', async () => {
      for (const [index, material] of declaration.materials.entries()) {
        if ((material as { type?: string }).type !== 'paper') continue;
        for (const part of PAPER_PARTS) {
          await this.call(`upload ${part}`, 200, () => asApplicant.request('PUT', `/declarations/${id}/materials/${index}/parts/${part}`, SAMPLE_PDF, { 'content-type': 'application/pdf' }));
        }
      }
    });
    const { committee } = await this.timed('submission', () => this.call('submission', 200, () => asApplicant.post<{ committee: string }>(`/declarations/${id}/submission`, {})));
    const employer = this.intake.as(reviewers.employer(declaration.employerCreditCode));
    await this.timed('employer review', () => this.call('employer review', 200, () => employer.post(`/declarations/${id}/employer-review`, { decision: 'recommend', unitPublicity: unitPublicityBefore(today) })));
    const department = this.intake.as(reviewers.department(declaration.department));
    await this.timed('department review', () => this.call('department review', 200, () => department.post(`/declarations/${id}/department-review`, { decision: 'forward' })));
    const office = this.intake.as(reviewers.office(committee));
    await this.timed('office review', () => this.call('office review', 200, () => office.post(`/declarations/${id}/office-review`, { decision: 'accept' })));
    return id;
  }
}
