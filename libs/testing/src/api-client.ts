import type { Principal } from '@zc/platform';
import { sampleDeclaration } from './samples';
import { tokenFor } from './tokens';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

/** Minimal JSON-over-HTTP client for tests and tools, calling a service as any client would. */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  as(principal: Principal): ApiClient {
    return new ApiClient(this.baseUrl, tokenFor(principal));
  }

  get<T = unknown>(path: string): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, body: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, body);
  }

  /** A GET whose answer is a file: its bytes and content type, whatever the status. */
  async download(path: string): Promise<ApiResponse<Buffer> & { contentType: string | null }> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: this.token ? { authorization: `Bearer ${this.token}` } : {} });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') };
  }

  async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T };
  }
}

export const PRINCIPALS = {
  bureauAdmin: { sub: 'bureau-admin-1', roles: ['bureau-admin'], scope: {} },
  inspector: { sub: 'inspector-1', roles: ['inspector'], scope: { region: 'tianjin' } },
  /**
   * Applicant `n`, by default the person of sample declaration `n` (their real name and number,
   * as the identity provider vouches for them); or the person of the declaration they make.
   */
  applicant: (n: number, person: { idNumber: string; applicantName: string } = sampleDeclaration(n)): Principal => ({
    sub: `applicant-${n}`,
    name: person.applicantName,
    idNumber: person.idNumber,
    roles: ['applicant'],
    scope: {},
  }),
} satisfies Record<string, Principal | ((n: number) => Principal)>;

/** The body of a 2xx answer; any other answer throws with the step, status and body. */
export async function expect2xx<T>(step: string, call: Promise<ApiResponse<T>>): Promise<T> {
  const response = await call;
  if (response.status >= 300) throw new Error(`${step} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 500)}`);
  return response.body;
}
