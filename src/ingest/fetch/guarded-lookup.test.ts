import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { FetchError } from './fetch-error.js';
import { createGuardedLookup, type ResolveHost, refusePrivateAddress } from './guarded-lookup.js';

const URL = 'http://news.example/feed';

function resolvesTo(...addresses: string[]): ResolveHost {
  return async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
}

function lookUp(resolve: ResolveHost, allowPrivate: boolean, all: boolean): Promise<LookupAddress[]> {
  const lookup = createGuardedLookup(URL, resolve, allowPrivate);
  return new Promise((done, fail) => {
    lookup('news.example', { all }, (error, address, family) => {
      if (error) fail(error);
      else done(typeof address === 'string' ? [{ address, family: family ?? 4 }] : address);
    });
  });
}

describe('createGuardedLookup', () => {
  it('passes public addresses through', async () => {
    expect(await lookUp(resolvesTo('93.184.216.34'), false, false)).toEqual([
      { address: '93.184.216.34', family: 4 },
    ]);
  });

  it('refuses a name that resolves only to a loopback address', async () => {
    await expect(lookUp(resolvesTo('127.0.0.1', '::1'), false, true)).rejects.toMatchObject({
      code: 'blocked-private',
      url: URL,
    });
  });

  it('drops the private addresses of a name that resolves to both kinds', async () => {
    expect(await lookUp(resolvesTo('10.0.0.5', '93.184.216.34'), false, true)).toEqual([
      { address: '93.184.216.34', family: 4 },
    ]);
  });

  it('refuses an IPv4-mapped private address', async () => {
    await expect(lookUp(resolvesTo('::ffff:192.168.0.1'), false, false)).rejects.toBeInstanceOf(FetchError);
  });

  it('lets private addresses through when they are allowed', async () => {
    expect(await lookUp(resolvesTo('127.0.0.1'), true, false)).toEqual([{ address: '127.0.0.1', family: 4 }]);
  });

  it('passes a resolver failure on unchanged', async () => {
    const failure = Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    await expect(
      lookUp(
        async () => {
          throw failure;
        },
        false,
        false,
      ),
    ).rejects.toBe(failure);
  });
});

describe('refusePrivateAddress', () => {
  it.each(['127.0.0.1', '::1', '169.254.169.254', '0.0.0.0', '::ffff:7f00:1'])('refuses %s', (address) => {
    expect(() => refusePrivateAddress(URL, address)).toThrow(/refused to connect/);
  });

  it('accepts a public address', () => {
    expect(() => refusePrivateAddress(URL, '8.8.8.8')).not.toThrow();
  });
});
