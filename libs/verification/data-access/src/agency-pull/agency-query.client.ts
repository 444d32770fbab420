import {
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  TimeoutStrategy,
  circuitBreaker,
  handleWhen,
  isBrokenCircuitError,
  retry,
  timeout,
  wrap,
  type CircuitBreakerPolicy,
  type ICancellationContext,
  type IPolicy,
} from 'cockatiel';

export interface AgencyQuerySettings {
  /** e.g. http://127.0.0.1:4800/social-security */
  baseUrl: string;
  /** Per attempt. */
  timeoutMs: number;
  /** Total attempts of one query, first included. */
  attempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  /** Consecutive failed queries (after their retries) that open the breaker. */
  breakerThreshold: number;
  /** How long the breaker stays open before letting one trial query through (half-open). */
  breakerHalfOpenAfterMs: number;
}

export type AgencyFailure = 'timeout' | 'breaker-open' | 'http-error' | 'network' | 'bad-response';

export class AgencyUnavailableError extends Error {
  override readonly name = 'AgencyUnavailableError';

  constructor(
    readonly source: string,
    readonly failure: AgencyFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Why one attempt failed. Only `transient` failures (timeout, network, 5xx, 429) are worth another
 * attempt and count towards opening the breaker: a 404 or a malformed body would come back the
 * same on a retry, and means the agency answered, not that it is down.
 */
class AttemptFailure extends Error {
  constructor(
    readonly failure: AgencyFailure,
    readonly transient: boolean,
    /** Completes "<source> query service …". */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}

const isTransient = (error: unknown) => error instanceof AttemptFailure && error.transient;

/**
 * Queries one agency's slow "query service" for the records held on an ID number. Every attempt is
 * bounded by a timeout whose AbortSignal reaches fetch, so an agency that never answers does not
 * leave requests hanging; transient failures are retried with jittered exponential backoff; and a
 * circuit breaker around the whole retried query stops calling an agency that keeps failing, so
 * callers fail fast instead of each waiting out every retry.
 */
export class AgencyQueryClient {
  private readonly baseUrl: string;
  private readonly settings: AgencyQuerySettings;
  private readonly fetchImpl: typeof fetch;
  private readonly breaker: CircuitBreakerPolicy;
  private readonly query: IPolicy<ICancellationContext>;

  constructor(
    readonly source: string,
    settings: AgencyQuerySettings,
    // A wrapper rather than the bare global, so the call never depends on its `this`.
    fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {
    for (const key of ['attempts', 'breakerThreshold'] as const) {
      if (!Number.isInteger(settings[key]) || settings[key] < 1) throw new RangeError(`${source}: ${key} must be a whole number of at least 1, got ${settings[key]}`);
    }
    this.settings = settings;
    this.baseUrl = settings.baseUrl.replace(/\/+$/, '');
    this.fetchImpl = fetchImpl;

    const transient = handleWhen(isTransient);
    this.breaker = circuitBreaker(transient, {
      halfOpenAfter: settings.breakerHalfOpenAfterMs,
      breaker: new ConsecutiveBreaker(settings.breakerThreshold),
    });
    const retries = retry(transient, {
      // cockatiel counts retries here, not attempts.
      maxAttempts: settings.attempts - 1,
      // Jitter (the default generator) keeps many workers that failed together from retrying in lockstep.
      backoff: new ExponentialBackoff({ initialDelay: settings.initialBackoffMs, maxDelay: settings.maxBackoffMs }),
    });
    // Cooperative: the attempt itself gives up when fetch sees the abort, which also frees the socket.
    const perAttempt = timeout(settings.timeoutMs, TimeoutStrategy.Cooperative);
    // Breaker outermost, so it counts whole queries (after their retries), not single attempts.
    this.query = wrap(this.breaker, retries, perAttempt);
  }

  /**
   * GET `${baseUrl}/records?idNumber=<encoded>` answering 200 JSON `{ "records": [ ...objects ] }`.
   * When they were fetched is the service clock's, recorded as the records are received.
   */
  async recordsFor(idNumber: string): Promise<{ records: unknown[]; attempts: number }> {
    let attempts = 0;
    try {
      const records = await this.query.execute(({ signal }) => {
        attempts++;
        return this.attempt(idNumber, signal);
      });
      return { records, attempts };
    } catch (error) {
      throw this.unavailable(error, attempts);
    }
  }

  /**
   * cockatiel leaves Open for half-open only when the next call arrives, so once
   * `breakerHalfOpenAfterMs` has passed this still reads 'open' until that trial query starts.
   */
  breakerState(): 'closed' | 'open' | 'half-open' {
    switch (this.breaker.state) {
      case CircuitState.Closed:
        return 'closed';
      case CircuitState.HalfOpen:
        return 'half-open';
      default:
        return 'open';
    }
  }

  private async attempt(idNumber: string, signal: AbortSignal): Promise<unknown[]> {
    const url = `${this.baseUrl}/records?idNumber=${encodeURIComponent(idNumber)}`;
    const response = await this.fetchImpl(url, { signal, headers: { accept: 'application/json' } }).catch((error: unknown) => {
      throw this.transportFailure(error, signal);
    });
    if (!response.ok) {
      // The body is of no use; cancelling it returns the keep-alive socket now rather than at GC.
      await response.body?.cancel().catch(() => undefined);
      throw new AttemptFailure('http-error', response.status >= 500 || response.status === 429, `answered HTTP ${response.status}`);
    }
    // Read as text and parse here, so a body cut off mid-way (transient) stays apart from one that is not JSON.
    const text = await response.text().catch((error: unknown) => {
      throw this.transportFailure(error, signal);
    });
    return parseRecords(text);
  }

  private transportFailure(error: unknown, signal: AbortSignal): AttemptFailure {
    // Nothing else aborts this signal: recordsFor takes none from its caller.
    if (signal.aborted) return new AttemptFailure('timeout', true, `did not answer within ${this.settings.timeoutMs} ms`);
    return new AttemptFailure('network', true, `could not be reached (${networkReason(error)})`, { cause: error });
  }

  private unavailable(error: unknown, attempts: number): AgencyUnavailableError {
    const what = `${this.source} query service`;
    if (isBrokenCircuitError(error)) {
      const { breakerThreshold, breakerHalfOpenAfterMs } = this.settings;
      return new AgencyUnavailableError(
        this.source,
        'breaker-open',
        `${what} is not being called: ${plural(breakerThreshold, 'consecutive query', 'consecutive queries')} failed, so the circuit breaker is open ` +
          `(a trial query goes through ${breakerHalfOpenAfterMs} ms after it opened)`,
        { cause: error },
      );
    }
    const tally = plural(attempts, 'attempt', 'attempts');
    if (error instanceof AttemptFailure) return new AgencyUnavailableError(this.source, error.failure, `${what} ${error.reason} (${tally})`, { cause: error.cause });
    // Unreachable by design (attempt() turns every failure into an AttemptFailure), but callers are promised one error type.
    return new AgencyUnavailableError(this.source, 'network', `${what} failed unexpectedly: ${String(error)} (${tally})`, { cause: error });
  }
}

function parseRecords(text: string): unknown[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AttemptFailure('bad-response', false, 'answered with a body that is not JSON');
  }
  const records = typeof body === 'object' && body !== null ? (body as { records?: unknown }).records : undefined;
  if (!Array.isArray(records) || !records.every((record) => typeof record === 'object' && record !== null && !Array.isArray(record))) {
    throw new AttemptFailure('bad-response', false, 'answered without a "records" array of objects');
  }
  return records;
}

/** fetch reports "fetch failed" and keeps the useful part (ECONNREFUSED, "other side closed" …) in `cause`. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const reason = cause?.code ?? cause?.message ?? (error as { message?: unknown } | undefined)?.message;
  return typeof reason === 'string' && reason !== '' ? reason : String(error);
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
