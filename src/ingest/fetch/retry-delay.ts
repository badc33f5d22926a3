/**
 * How long to wait before retry number `attempt` (0 for the first retry): exponential backoff from
 * `baseMs` with half of it random (so clients that failed together do not retry together), or
 * what the server's `Retry-After` asks when that is longer. `undefined` when the server asks for
 * more than `maxRetryAfterMs`: then the caller gives up rather than come back too early.
 */
export function retryDelayMs(options: {
  attempt: number;
  baseMs: number;
  retryAfter: string | undefined;
  maxRetryAfterMs: number;
  now: number;
  random: number;
}): number | undefined {
  const backoffMs = options.baseMs * 2 ** options.attempt;
  const jitteredMs = backoffMs / 2 + (options.random * backoffMs) / 2;
  const askedMs = parseRetryAfterMs(options.retryAfter, options.now);
  if (askedMs !== undefined && askedMs > options.maxRetryAfterMs) return undefined;
  return Math.max(jitteredMs, askedMs ?? 0);
}

/** `Retry-After` holds seconds or an HTTP date; anything else is ignored. */
function parseRetryAfterMs(value: string | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
