import { BlockList, isIP } from 'node:net';

/**
 * Where findings may be POSTed. A webhook URL is chosen by an inspector, and supervision then
 * sends requests to it from inside the bureau's network: without limits, a URL could reach the
 * loopback interface, a cloud metadata address or an internal system (SSRF).
 */
export interface WebhookPolicy {
  /**
   * Receivers the bureau vouches for (exact host names, or `*.example.org` for its subdomains).
   * Empty: any host whose addresses are all public. Listed: only these, at any address (an
   * intranet receiver is listed by name).
   */
  allowedHosts: readonly string[];
  /** Production refuses plain http: findings carry personal data. */
  requireHttps: boolean;
}

/** Not reachable from the public internet: loopback, private, link-local (metadata), CGNAT, multicast, reserved. */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 3],
] as const) NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 127], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) NON_PUBLIC.addSubnet(network, prefix, 'ipv6');

/** `a, B.example.org ,*.c.org` → ['a', 'b.example.org', '*.c.org']. */
export function parseAllowedHosts(list: string): string[] {
  return list.split(',').map((host) => host.trim().toLowerCase()).filter((host) => host.length > 0);
}

/** True for an IP address reachable from the public internet (IPv4-mapped IPv6 judged as IPv4). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The host as it is matched and resolved: lower case, without the brackets of an IPv6 literal. */
export function webhookHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
}

function isListed(host: string, policy: WebhookPolicy): boolean {
  return policy.allowedHosts.some((allowed) => (allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) : host === allowed));
}

/**
 * Why this URL may not receive findings, or null when it may (as far as the URL alone tells:
 * a name's addresses are judged by `webhookAddressRefusal` before each delivery).
 */
export function webhookUrlRefusal(text: string, policy: WebhookPolicy): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'an http(s) URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'an http(s) URL';
  if (policy.requireHttps && url.protocol !== 'https:') return 'an https URL: findings carry personal data';
  // The signature authenticates supervision to the receiver; credentials in a URL end up in logs.
  if (url.username || url.password) return 'a URL without credentials';
  const host = webhookHost(url);
  if (isListed(host, policy)) return null;
  if (policy.allowedHosts.length > 0) return `${host} is not a receiver the bureau allows (WEBHOOK_ALLOWED_HOSTS)`;
  if (isIP(host) !== 0 && !isPublicAddress(host)) return `${host} is not a public address`;
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is not a public host`;
  return null;
}

/** Before each delivery: a host the bureau did not list must resolve to public addresses only. */
export function webhookAddressRefusal(host: string, addresses: readonly string[], policy: WebhookPolicy): string | null {
  if (isListed(host, policy)) return null;
  const inside = addresses.find((address) => !isPublicAddress(address));
  return inside === undefined ? null : `${host} resolves to ${inside}, not a public address`;
}
