import { isPublicAddress, parseAllowedHosts, webhookAddressRefusal, webhookUrlRefusal, type WebhookPolicy } from './webhook-target';

const open: WebhookPolicy = { allowedHosts: [], requireHttps: false };
const listed: WebhookPolicy = { allowedHosts: parseAllowedHosts(' Receiver.Bureau.gov.cn, *.intranet.tj ,127.0.0.1'), requireHttps: false };

describe('webhook targets', () => {
  it('tells public addresses from loopback, private, link-local and reserved ones', () => {
    for (const address of ['8.8.8.8', '202.96.134.133', '2400:3200::1']) expect([address, isPublicAddress(address)]).toEqual([address, true]);
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe', 'not-an-ip']) {
      expect([address, isPublicAddress(address)]).toEqual([address, false]);
    }
  });

  it('with no list, takes public hosts and refuses internal addresses, localhost and credentials', () => {
    expect(webhookUrlRefusal('https://hooks.example.org/zc', open)).toBeNull();
    expect(webhookUrlRefusal('http://203.119.1.1:8080/zc', open)).toBeNull();
    expect(webhookUrlRefusal('http://169.254.169.254/latest/meta-data', open)).toBe('169.254.169.254 is not a public address');
    expect(webhookUrlRefusal('http://[::1]:4106/x', open)).toBe('::1 is not a public address');
    expect(webhookUrlRefusal('http://0x7f000001/x', open)).toBe('127.0.0.1 is not a public address'); // URL normalises the hex form
    expect(webhookUrlRefusal('http://localhost:4106/x', open)).toBe('localhost is not a public host');
    expect(webhookUrlRefusal('https://user:pw@hooks.example.org/', open)).toBe('a URL without credentials');
    expect(webhookUrlRefusal('ftp://hooks.example.org/', open)).toBe('an http(s) URL');
    expect(webhookUrlRefusal('not a url', open)).toBe('an http(s) URL');
  });

  it('with a list, takes only the listed hosts, at any address', () => {
    expect(webhookUrlRefusal('https://receiver.bureau.gov.cn/hook', listed)).toBeNull();
    expect(webhookUrlRefusal('https://a.b.intranet.tj/hook', listed)).toBeNull();
    expect(webhookUrlRefusal('http://127.0.0.1:9/hook', listed)).toBeNull();
    expect(webhookUrlRefusal('https://intranet.tj/hook', listed)).toBe('intranet.tj is not a receiver the bureau allows (WEBHOOK_ALLOWED_HOSTS)');
    expect(webhookUrlRefusal('https://hooks.example.org/zc', listed)).toBe('hooks.example.org is not a receiver the bureau allows (WEBHOOK_ALLOWED_HOSTS)');
    expect(webhookAddressRefusal('a.intranet.tj', ['10.0.0.7'], listed)).toBeNull();
  });

  it('refuses plain http where https is required', () => {
    expect(webhookUrlRefusal('http://hooks.example.org/zc', { ...open, requireHttps: true })).toBe('an https URL: findings carry personal data');
  });

  it('refuses a name that resolves inside, unless listed', () => {
    expect(webhookAddressRefusal('hooks.example.org', ['93.184.216.34'], open)).toBeNull();
    expect(webhookAddressRefusal('rebound.example.org', ['93.184.216.34', '10.0.0.5'], open)).toBe('rebound.example.org resolves to 10.0.0.5, not a public address');
  });
});
