import type { DatedCode } from './actor-dictionary-file.js';

/**
 * The entry of `codes` that holds on `date` (ISO, `YYYY-MM-DD`; a longer date-time is cut to the
 * day), or undefined when none does. Ends are included. Of the dated codes that cover the date,
 * the one that started last wins (the newest role: on the day a prime minister takes office, his
 * ELI range ends and his GOV range starts); on a tie, the first listed. Only when no dated code
 * covers the date does the first default (undated) code apply, as in PETRARCH's dictionaries.
 */
export function codeOnDate(codes: readonly DatedCode[], date: string): DatedCode | undefined {
  const day = date.slice(0, 10);
  let best: DatedCode | undefined;
  let fallback: DatedCode | undefined;
  for (const dated of codes) {
    if (dated.from === undefined && dated.to === undefined) {
      fallback ??= dated;
      continue;
    }
    if ((dated.from !== undefined && day < dated.from) || (dated.to !== undefined && day > dated.to))
      continue;
    if (best === undefined || (dated.from ?? '') > (best.from ?? '')) best = dated;
  }
  return best ?? fallback;
}

/** True for a default code: one with no dates, used when no dated code covers a date. */
export function isDefaultCode(dated: DatedCode): boolean {
  return dated.from === undefined && dated.to === undefined;
}
