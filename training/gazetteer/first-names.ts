import type { NameTable } from './name-table.js';

/** A first name must open at least this many different full names, so one odd entry does not count. */
const MIN_NAMES = 2;

/** Adds as `first-name` the first word of every multi-word person name, when at least two names share it. */
export function addFirstNames(table: NameTable): void {
  const counts = new Map<string, number>();
  for (const name of table.names('person')) {
    const words = name.split(' ');
    const first = words[0] as string;
    // An initial ("J.") or a lone letter says nothing about the person's name.
    if (words.length < 2 || /^\p{L}\.?$/u.test(first)) continue;
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  for (const [first, count] of counts) if (count >= MIN_NAMES) table.add(first, 'first-name');
}
