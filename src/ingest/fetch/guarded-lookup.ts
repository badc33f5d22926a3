import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { classifyAddress } from './classify-address.js';
import { FetchError } from './fetch-error.js';

/** Resolves a host name to its addresses (every address, like `dns.lookup` with `all: true`). */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export const resolveWithDns: ResolveHost = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });

/**
 * A `lookup` for `http.request` that resolves the host itself and hands the socket only addresses
 * that may be connected to: the guard sits on the address actually dialled, so a name that
 * resolves to a private address (DNS rebinding, `localhost`, a redirect to an internal host) is
 * refused however the URL spelled it. Node never calls `lookup` for a literal IP host; those go
 * through {@link refusePrivateAddress} before the request.
 */
export function createGuardedLookup(
  url: string,
  resolve: ResolveHost,
  allowPrivate: boolean,
): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
        const candidates = addresses.filter((entry) => !family || entry.family === family);
        const allowed = allowPrivate
          ? candidates
          : candidates.filter((entry) => classifyAddress(entry.address) === 'public');
        const [first] = allowed;
        if (first === undefined) {
          const refused = candidates[0];
          if (refused === undefined) {
            callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
          } else {
            callback(privateAddressError(url, refused.address), '', 0);
          }
        } else if (options.all) {
          callback(null, allowed);
        } else {
          callback(null, first.address, first.family);
        }
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

/** Throws `blocked-private` unless the literal address is public. */
export function refusePrivateAddress(url: string, address: string): void {
  if (classifyAddress(address) !== 'public') throw privateAddressError(url, address);
}

function privateAddressError(url: string, address: string): FetchError {
  return new FetchError(
    'blocked-private',
    url,
    `refused to connect to ${address}, a ${classifyAddress(address)} address (allow private addresses with --allow-private)`,
  );
}
