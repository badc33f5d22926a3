import { BlockList, isIP } from 'node:net';

/** What kind of network an IP address belongs to; only `public` is reachable by default. */
export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unspecified'
  | 'cgnat'
  | 'multicast'
  | 'reserved'
  | 'invalid';

type Range = [prefix: string, bits: number];

const RANGES: Array<[Exclude<AddressClass, 'public' | 'invalid'>, Range[], Range[]]> = [
  // [class, IPv4 ranges, IPv6 ranges]
  ['unspecified', [['0.0.0.0', 8]], [['::', 128]]],
  ['loopback', [['127.0.0.0', 8]], [['::1', 128]]],
  [
    'private',
    [
      ['10.0.0.0', 8],
      ['172.16.0.0', 12],
      ['192.168.0.0', 16],
    ],
    [['fc00::', 7]],
  ],
  ['link-local', [['169.254.0.0', 16]], [['fe80::', 10]]],
  ['cgnat', [['100.64.0.0', 10]], []],
  ['multicast', [['224.0.0.0', 4]], [['ff00::', 8]]],
  // 240/4 holds the broadcast address; ::/96 is the deprecated IPv4-compatible form (`::127.0.0.1`),
  // which BlockList does not map to IPv4 the way it maps `::ffff:127.0.0.1`.
  ['reserved', [['240.0.0.0', 4]], [['::', 96]]],
];

const LISTS = RANGES.map(([addressClass, ipv4, ipv6]) => {
  const list = new BlockList();
  // An IPv4 rule also matches the IPv4-mapped IPv6 form (`::ffff:7f00:1`), which BlockList maps itself.
  for (const [prefix, bits] of ipv4) list.addSubnet(prefix, bits, 'ipv4');
  for (const [prefix, bits] of ipv6) list.addSubnet(prefix, bits, 'ipv6');
  return [addressClass, list] as const;
});

/**
 * Classifies an IP address (v4 or v6, IPv6 without brackets, an optional `%zone` ignored).
 * Anything that is not a literal address is `invalid`.
 */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/%.*$/, '');
  const version = isIP(bare);
  if (version === 0) return 'invalid';
  const type = version === 4 ? 'ipv4' : 'ipv6';
  for (const [addressClass, list] of LISTS) {
    if (list.check(bare, type)) return addressClass;
  }
  return 'public';
}
