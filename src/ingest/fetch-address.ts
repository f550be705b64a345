// Ingest: which network addresses a fetch may reach. Loopback, private, link-local (cloud metadata
// at 169.254.169.254), CGNAT, multicast and reserved ranges are refused; IPv4 inside IPv6 is unwrapped.

import { BlockList, isIP } from 'node:net';

const BLOCKED = new BlockList();
const LOOPBACK = new BlockList();

for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['2001:db8::', 32], ['100::', 64],
] as const) BLOCKED.addSubnet(net, bits, 'ipv6');
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** The IPv4 address inside an IPv4-mapped, -compatible or NAT64 IPv6 address, if any. */
function embeddedIpv4(address: string): string | null {
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/iu.exec(address);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/iu.exec(address);
  if (!hex?.[1] || !hex[2]) return null;
  const hi = parseInt(hex[1], 16);
  const lo = parseInt(hex[2], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/**
 * Why an address may not be fetched, or null when it may.
 * @example refusalOf('169.254.169.254', {}) === 'a private, loopback, link-local or reserved address'
 */
export function refusalOf(address: string, options: { allowLoopback?: boolean }): string | null {
  const bare = address.replace(/^\[|\]$/gu, '').replace(/%.*$/u, '');
  const v4 = isIP(bare) === 6 ? embeddedIpv4(bare) : null;
  const [ip, family] = v4 ? [v4, 'ipv4' as const] : [bare, isIP(bare) === 4 ? 'ipv4' as const : 'ipv6' as const];
  if (isIP(ip) === 0) return 'not an IP address';
  if (options.allowLoopback && LOOPBACK.check(ip, family)) return null;
  return BLOCKED.check(ip, family) ? 'a private, loopback, link-local or reserved address' : null;
}
