import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { claimsOfPrincipal, DEFAULT_OIDC_AUDIENCE, signJwt } from '@zc/platform';
import { ApiClient, clientToken, launchBrowser, PRINCIPALS, RunningSystem, sampleDeclaration, signIn, tokenFor } from '@zc/testing';
import { forgedTokens, kitKey } from './support/forged-tokens';
import { closeQueries, query, TEST_SYSTEM } from './support/test-system';

const SEED_PASSWORD = 'zhicheng-dev';

describe('identity: OpenID Connect sign-in, and tokens the services refuse', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['intake'] });
  const intake = (token: string) => new ApiClient(system.url('intake'), token);

  beforeAll(() => system.start());
  afterAll(async () => {
    await system.stop();
    await closeQueries();
  });

  it('signs a person in through the Chinese sign-in page (code + PKCE), and intake knows them by the token alone', async () => {
    const start = await fetch(`${system.issuer}/auth?client_id=zc-console&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(`${system.issuer}/signed-in`)}&code_challenge=${'x'.repeat(43)}&code_challenge_method=S256`, { redirect: 'manual' });
    const page = await fetch(new URL(start.headers.get('location') ?? '', system.issuer), { headers: { cookie: start.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') } });
    const html = await page.text();
    expect(html).toContain('职称评审统一身份认证');
    expect(html).toContain('证件号码');

    const { access_token } = await signIn(system.issuer, sampleDeclaration(0).idNumber, SEED_PASSWORD);
    const claims = JSON.parse(Buffer.from(access_token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: system.issuer, aud: DEFAULT_OIDC_AUDIENCE, sub: 'applicant-0', id_number: sampleDeclaration(0).idNumber, name: sampleDeclaration(0).applicantName, roles: ['applicant'] });
    expect((await intake(access_token).get('/declarations')).status).toBe(200);
  });

  it('signs a person in with a real browser (headless Chromium) on the sign-in page', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const verifier = randomBytes(32).toString('base64url');
      const redirectUri = `${system.issuer}/signed-in`;
      const authorize = new URL(`${system.issuer}/auth`);
      authorize.search = new URLSearchParams({
        client_id: 'zc-console',
        response_type: 'code',
        scope: 'openid profile zc',
        resource: DEFAULT_OIDC_AUDIENCE,
        redirect_uri: redirectUri,
        code_challenge: createHash('sha256').update(verifier).digest('base64url'),
        code_challenge_method: 'S256',
      }).toString();
      await page.goto(authorize.href);
      await page.getByLabel('证件号码或账号').fill('office-tianjin');
      await page.getByLabel('密码').fill(SEED_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL(/\/signed-in\?code=/);
      expect(await page.textContent('h1')).toBe('登录成功');
      const code = new URL(page.url()).searchParams.get('code')!;
      const token = await fetch(`${system.issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier, client_id: 'zc-console', resource: DEFAULT_OIDC_AUDIENCE }),
      });
      const { access_token } = (await token.json()) as { access_token: string };
      const declarations = await intake(access_token).get('/declarations');
      expect(declarations.status).toBe(200);
    } finally {
      await browser.close();
    }
  });

  it('lets a signed-in applicant declare only under the name and identity number the provider vouches for (实名, R-EL-4)', async () => {
    const { access_token } = await signIn(system.issuer, sampleDeclaration(0).idNumber, SEED_PASSWORD);
    const rival = sampleDeclaration(1);
    const underRival = await intake(access_token).post<{ issues: { field: string; reason: string }[] }>('/declarations', rival);
    expect(underRival.status).toBe(403);
    expect(underRival.body.issues).toEqual([{ field: 'idNumber', reason: expect.stringContaining('your own identity number') }]);
    const underAnotherName = await intake(access_token).post<{ issues: { field: string }[] }>('/declarations', sampleDeclaration(0, { applicantName: '李四' }));
    expect(underAnotherName.status).toBe(403);
    expect(underAnotherName.body.issues).toEqual([{ field: 'applicantName', reason: expect.any(String) }]);
    const noRealName = await intake(tokenFor({ sub: 'applicant-anonymous', roles: ['applicant'], scope: {} })).post<{ issues: { field: string }[] }>('/declarations', rival);
    expect(noRealName.status).toBe(403);
    expect(await query('intake', 'SELECT 1 FROM "Declaration" WHERE "idNumber" = $1', [rival.idNumber])).toHaveLength(0);
  });

  it('refuses a wrong password on the page, in Chinese, and issues no code', async () => {
    await expect(signIn(system.issuer, 'bureau-admin', 'not the password')).rejects.toThrow(/401[\s\S]*证件号码或密码不正确/);
  });

  it('issues machine clients their own token by client credentials, and refuses a wrong secret', async () => {
    const { access_token } = await clientToken(system.issuer, 'zc-tools', 'zc-tools-dev-secret');
    expect((await intake(access_token).get('/plans')).status).toBe(200);
    await expect(clientToken(system.issuer, 'zc-tools', 'zc-tools-wrong-secret')).rejects.toThrow(/invalid_client/);
  });

  it("refuses forged or stale tokens with 401 naming why, and accepts the issuer's own (the control)", async () => {
    for (const [forgery, token] of await forgedTokens(system.issuer)) {
      const response = await intake(token).get<{ message: string }>('/plans');
      expect({ forgery, status: response.status, message: response.body.message }).toEqual({ forgery, status: 401, message: expect.stringMatching(/^invalid token: /) });
    }
    const now = Math.floor(Date.now() / 1000);
    const genuine = signJwt(kitKey(), { iss: system.issuer, aud: DEFAULT_OIDC_AUDIENCE, iat: now, exp: now + 600, jti: randomUUID(), ...claimsOfPrincipal(PRINCIPALS.bureauAdmin) });
    expect((await intake(genuine).get('/plans')).status).toBe(200);
  });
});

