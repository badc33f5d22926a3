import { FOLD_WINDOW_DAYS } from './fold-mentions.js';

/** Fold keys, each with the dates (null: undated) on which its mentions came or went. */
export type FoldChanges = Map<string, Set<string | null>>;

/** Adds a mention's key and date to `changes`. */
export function noteChange(changes: FoldChanges, key: string, date: string | null): void {
  changes.set(key, (changes.get(key) ?? new Set()).add(date));
}

/** A stored aggregate event of one fold key, by its span. */
export interface FoldedSpan {
  id: string;
  first_seen: string | null;
  last_seen: string | null;
}

/** What to fold again for one key: the events to replace, and the mentions to read. */
export interface FoldPlan {
  /** The stored aggregate events the changed mentions may belong to. */
  ids: string[];
  /** Read the dated mentions from `from` to `to` (inclusive); none when null. */
  from: string | null;
  to: string | null;
  /** Read the undated mentions too. */
  undated: boolean;
}

/**
 * Which of a key's stored events a change touches, and the mentions to fold again: mentions came or
 * went on `dates` (null for undated ones). An event is touched when a changed date falls within
 * `FOLD_WINDOW_DAYS` of its span (a new mention may extend or join it, a removed one split it);
 * every mention between the first and last touched date is folded again. The key's other events are
 * more than the window away from every changed date, so they stay as they are: folding costs what
 * the touched events hold, not the key's whole history.
 */
export function planFold(spans: readonly FoldedSpan[], dates: ReadonlySet<string | null>): FoldPlan {
  const dated = [...dates].filter((date): date is string => date !== null).sort();
  const undated = dates.has(null);
  // Each changed date's reach, computed once: a span is touched when it overlaps one.
  const reaches = dated.map(
    (date) => [shift(date, -FOLD_WINDOW_DAYS), shift(date, FOLD_WINDOW_DAYS)] as const,
  );
  const touched = spans.filter((span) =>
    span.first_seen === null || span.last_seen === null
      ? undated
      : reaches.some(([from, to]) => (span.last_seen as string) >= from && (span.first_seen as string) <= to),
  );
  const bounds = [
    ...dated,
    ...touched.flatMap((span) =>
      span.first_seen && span.last_seen ? [span.first_seen, span.last_seen] : [],
    ),
  ].sort();
  const from = bounds[0] ?? null;
  const to = bounds.at(-1) ?? null;
  // Events of the key lie apart from each other; one between two touched ones is refolded too.
  const ids = spans
    .filter(
      (span) =>
        touched.includes(span) ||
        (from !== null &&
          to !== null &&
          span.first_seen !== null &&
          span.first_seen >= from &&
          span.first_seen <= to),
    )
    .map((span) => span.id);
  return { ids, from, to, undated };
}

/**
 * The dates between which a key's stored events can be touched by these changes (see planFold):
 * a store need read only the events that overlap them, and the undated one.
 */
export function foldReach(dates: ReadonlySet<string | null>): { from: string; to: string } {
  const dated = [...dates].filter((date): date is string => date !== null).sort();
  if (dated.length === 0) return { from: '9999-12-31', to: '0000-01-01' };
  return {
    from: shift(dated[0] as string, -FOLD_WINDOW_DAYS),
    to: shift(dated.at(-1) as string, FOLD_WINDOW_DAYS),
  };
}

function shift(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
