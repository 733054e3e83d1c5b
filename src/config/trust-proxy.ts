/**
 * TRUST_PROXY, passed to Fastify's `trustProxy`: which proxies in front of the service may say,
 * through X-Forwarded-For, who the client is (request.ip; the login throttle counts failures per
 * client address). Unset or `false`: none — request.ip is the TCP peer and X-Forwarded-For is
 * ignored (a client could write anything there). The proxies' addresses or CIDRs
 * (`10.0.0.2,10.0.1.0/24`, or proxy-addr's `loopback`, `linklocal`, `uniquelocal`) are the safe
 * setting: request.ip is then the rightmost address not sent by one of them. `true` trusts every
 * hop, so the leftmost entry, which the client writes itself, would become request.ip. Hop counts
 * are not offered: Fastify 5 ignores them (it cannot check the immediate peer), failing closed.
 */
export type TrustProxy = boolean | string[];

const IP = String.raw`(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f.:]*)`;
const ADDRESS = String.raw`(?:loopback|linklocal|uniquelocal|${IP}(?:\/\d{1,3})?)`;
/** `true`, `false`, or a comma-separated list of addresses, CIDRs or proxy-addr names. */
export const TRUST_PROXY_PATTERN = new RegExp(
  String.raw`^(?:true|false|${ADDRESS}(?:\s*,\s*${ADDRESS})*)$`,
);

export function parseTrustProxy(raw: string | undefined): TrustProxy {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  return raw.split(',').map((address) => address.trim());
}
