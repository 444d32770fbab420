/** A field the service named as wrong, and why. */
export interface FieldIssue {
  field: string;
  reason: string;
}

/**
 * A refusal as the services answer it: the status, the plain reason, the rule it rests on when there
 * is one (R-…), and the fields at fault. Shown to the person as it is.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly ruleId: string | undefined,
    readonly issues: FieldIssue[],
  ) {
    super(message);
  }
}

const RULE_ID = /\bR-[A-Z]{2,3}-\d+[a-z]?\b/;

/** Reads the body of a 4xx/5xx answer into an ApiError. */
export function apiErrorOf(status: number, body: unknown): ApiError {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const rawMessage = record['message'];
  const message = Array.isArray(rawMessage) ? rawMessage.join('; ') : typeof rawMessage === 'string' ? rawMessage : typeof body === 'string' && body ? body : `HTTP ${status}`;
  const issues = Array.isArray(record['issues'])
    ? (record['issues'] as unknown[]).flatMap((issue) => {
        const entry = issue as Record<string, unknown>;
        return typeof entry['field'] === 'string' && typeof entry['reason'] === 'string' ? [{ field: entry['field'], reason: entry['reason'] }] : [];
      })
    : [];
  // Intake's 422 at submission lists every rule refused at once: { ruleId, field, reason: { zh, en } }.
  const refusals = Array.isArray(record['refusals'])
    ? (record['refusals'] as unknown[]).flatMap((refusal) => {
        const entry = refusal as { ruleId?: unknown; field?: unknown; reason?: { zh?: unknown; en?: unknown } };
        if (typeof entry.field !== 'string' || typeof entry.reason?.zh !== 'string') return [];
        return [{ field: entry.field, reason: `${typeof entry.ruleId === 'string' ? `${entry.ruleId} ` : ''}${entry.reason.zh}${typeof entry.reason.en === 'string' ? ` (${entry.reason.en})` : ''}` }];
      })
    : [];
  issues.push(...refusals);
  const ruleId = typeof record['ruleId'] === 'string' ? record['ruleId'] : (message.match(RULE_ID)?.[0] ?? undefined);
  return new ApiError(status, message, ruleId, issues);
}

interface GeneratedResult {
  data?: unknown;
  error?: unknown;
  response?: Response;
}

/** The data of a generated client call, or its refusal thrown as an ApiError. */
export async function unwrap<T>(call: Promise<GeneratedResult>): Promise<T> {
  const { data, error, response } = await call;
  if (response && response.ok) return data as T;
  throw apiErrorOf(response?.status ?? 0, error);
}
