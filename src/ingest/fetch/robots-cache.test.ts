import { describe, expect, it } from 'vitest';
import type { RobotsVerdict } from './fetch-robots.js';
import { createRobotsCache } from './robots-cache.js';

const RULES: RobotsVerdict = { kind: 'rules', rules: { rules: [] } };
const UNREACHABLE: RobotsVerdict = { kind: 'unreachable', reason: '503' };

function setUp(verdict: () => Promise<RobotsVerdict>) {
  let time = 0;
  const loads: string[] = [];
  const cache = createRobotsCache({
    load: (origin) => {
      loads.push(origin);
      return verdict();
    },
    ttlMs: 1000,
    unreachableTtlMs: 100,
    now: () => time,
  });
  return { cache, loads, advance: (ms: number) => (time += ms) };
}

describe('createRobotsCache', () => {
  it('loads an origin once for callers that ask at the same time', async () => {
    const { cache, loads } = setUp(async () => RULES);
    await Promise.all([cache.verdictFor('http://a'), cache.verdictFor('http://a')]);
    expect(loads).toEqual(['http://a']);
  });

  it('loads each origin on its own', async () => {
    const { cache, loads } = setUp(async () => RULES);
    await cache.verdictFor('http://a');
    await cache.verdictFor('https://a');
    expect(loads).toEqual(['http://a', 'https://a']);
  });

  it('loads rules again once they are older than the TTL', async () => {
    const { cache, loads, advance } = setUp(async () => RULES);
    await cache.verdictFor('http://a');
    advance(999);
    await cache.verdictFor('http://a');
    advance(2);
    await cache.verdictFor('http://a');
    expect(loads).toHaveLength(2);
  });

  it('asks an unreachable robots.txt again sooner', async () => {
    const { cache, loads, advance } = setUp(async () => UNREACHABLE);
    await cache.verdictFor('http://a');
    advance(101);
    await cache.verdictFor('http://a');
    expect(loads).toHaveLength(2);
  });

  it('keeps no failed load', async () => {
    const { cache, loads } = setUp(async () => {
      throw new Error('refused');
    });
    await expect(cache.verdictFor('http://a')).rejects.toThrow('refused');
    await expect(cache.verdictFor('http://a')).rejects.toThrow('refused');
    expect(loads).toHaveLength(2);
  });
});
