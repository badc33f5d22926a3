import { InvalidArgumentError } from 'commander';

const UNITS_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/** For `--every`: `90s`, `15m`, `1h` (a bare number is minutes), at least one second. */
export function parseDuration(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*$/i.exec(value);
  const ms = match ? Number(match[1]) * (UNITS_MS[(match[2] || 'm').toLowerCase()] ?? 0) : Number.NaN;
  if (!(ms >= 1000))
    throw new InvalidArgumentError('expected a duration such as 90s, 15m or 1h, at least 1s');
  return ms;
}
