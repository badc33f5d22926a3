/**
 * Abbreviations that always lead into a following word (titles before a name, "e.g." before an
 * example), so a period on them never ends a sentence. Lower case, with the period.
 */
export const NEVER_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Civil and religious titles.
  'mr.',
  'mrs.',
  'ms.',
  'messrs.',
  'mmes.',
  'dr.',
  'prof.',
  'sen.',
  'sens.',
  'rep.',
  'reps.',
  'gov.',
  'pres.',
  'supt.',
  'hon.',
  'rev.',
  'fr.',
  'st.',
  // Military ranks.
  'gen.',
  'gens.',
  'lt.',
  'col.',
  'maj.',
  'capt.',
  'cmdr.',
  'adm.',
  'sgt.',
  'cpl.',
  'pvt.',
  // Words that introduce what follows.
  'e.g.',
  'i.e.',
  'vs.',
  'cf.',
  'viz.',
]);

/**
 * Abbreviations that precede a number ("Jan. 6", "No. 10"). Before a number they never end a
 * sentence; elsewhere ("He said no. Then") they may.
 */
export const NUMBERED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
  'no.',
  'nos.',
]);
