/** What the console reads from the access token, for display and menus only: the services verify it. */
export interface Claims {
  sub: string;
  name: string;
  roles: string[];
  scope: Record<string, string>;
  idNumber?: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The claims of a JWT access token, or undefined when it is not one. */
export function claimsOf(accessToken: string): Claims | undefined {
  const [, payload] = accessToken.split('.');
  if (!payload) return undefined;
  try {
    const body = JSON.parse(base64UrlDecode(payload)) as Record<string, unknown>;
    if (typeof body['sub'] !== 'string' || !Array.isArray(body['roles'])) return undefined;
    return {
      sub: body['sub'],
      name: typeof body['name'] === 'string' ? body['name'] : body['sub'],
      roles: body['roles'].filter((role): role is string => typeof role === 'string'),
      scope: (body['zc_scope'] as Record<string, string> | undefined) ?? {},
      idNumber: typeof body['id_number'] === 'string' ? body['id_number'] : undefined,
      expiresAt: typeof body['exp'] === 'number' ? body['exp'] : 0,
    };
  } catch {
    return undefined;
  }
}
