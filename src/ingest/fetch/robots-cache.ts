import type { RobotsVerdict } from './fetch-robots.js';

export interface RobotsCache {
  /** The verdict for an origin, loaded once and shared by the callers that wait for it. */
  verdictFor(origin: string): Promise<RobotsVerdict>;
}

export interface RobotsCacheOptions {
  load: (origin: string) => Promise<RobotsVerdict>;
  /** How long rules are kept. */
  ttlMs: number;
  /** How long an unreachable robots.txt blocks its origin before it is asked for again. */
  unreachableTtlMs: number;
  now: () => number;
}

/** Origins kept before the expired ones are dropped. */
const MAX_ORIGINS = 1024;

export function createRobotsCache(options: RobotsCacheOptions): RobotsCache {
  const entries = new Map<string, { verdict: Promise<RobotsVerdict>; expiresAt: number }>();
  return {
    verdictFor(origin) {
      const time = options.now();
      const cached = entries.get(origin);
      if (cached && cached.expiresAt > time) return cached.verdict;
      if (entries.size >= MAX_ORIGINS) {
        for (const [key, entry] of entries) if (entry.expiresAt <= time) entries.delete(key);
      }
      const entry = { verdict: options.load(origin), expiresAt: Number.POSITIVE_INFINITY };
      entries.set(origin, entry);
      entry.verdict.then(
        (verdict) => {
          const ttlMs = verdict.kind === 'rules' ? options.ttlMs : options.unreachableTtlMs;
          entry.expiresAt = options.now() + ttlMs;
        },
        () => {
          if (entries.get(origin) === entry) entries.delete(origin);
        },
      );
      return entry.verdict;
    },
  };
}
