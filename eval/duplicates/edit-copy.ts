import type { ArticleRecord } from '../../src/document/article.js';

/** The edits a syndicating site makes to a wire story (README.md). */
export const EDITS = ['headline', 'dateline', 'trim', 'words', 'swap', 'quotes'] as const;
export type Edit = (typeof EDITS)[number];

/** A seeded generator of numbers in [0, 1) (mulberry32): the same set on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADLINE_OPENINGS = ['Update:', 'World news:', 'Breaking -', 'In brief:', 'Analysis:'];
const DATELINES = ['PARIS', 'LONDON', 'NAIROBI', 'GENEVA', 'SINGAPORE', 'CAIRO'];
const WIRE_NAMES = ['Wire', 'Reuters-style Wire', 'Newsdesk', 'Agency'];
const REPLACEMENTS = [
  'officials',
  'reported',
  'several',
  'region',
  'later',
  'statement',
  'capital',
  'forces',
];

/** A copy of `record` under another source with each edit applied, in the order given. */
export function editCopy(
  record: ArticleRecord,
  edits: readonly Edit[],
  source: string,
  random: () => number,
): ArticleRecord {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  let copy: ArticleRecord = { ...record, body: [...record.body], source };
  for (const edit of edits) {
    if (edit === 'headline')
      copy.title = `${pick(HEADLINE_OPENINGS)} ${copy.title.split(' ').slice(2).join(' ')}`;
    if (edit === 'dateline') {
      copy.body[0] = `${pick(DATELINES)} (${pick(WIRE_NAMES)}) - ${copy.body[0] ?? ''}`;
    }
    if (edit === 'trim' && copy.body.length > 1) copy.body.pop();
    if (edit === 'words') copy.body = changeWords(copy.body, 3, pick, random);
    if (edit === 'swap') copy = { ...copy, title: copy.lede ?? copy.title, lede: copy.title };
    if (edit === 'quotes') copy.body = copy.body.map(restyleQuotes);
  }
  return copy;
}

/** Replaces `count` words of four letters or more, at random places, with other words. */
function changeWords(
  body: readonly string[],
  count: number,
  pick: <T>(items: readonly T[]) => T,
  random: () => number,
): string[] {
  const paragraphs = body.map((paragraph) => paragraph.split(' '));
  for (let changed = 0, tries = 0; changed < count && tries < 100; tries++) {
    const words = paragraphs[Math.floor(random() * paragraphs.length)] ?? [];
    const index = Math.floor(random() * words.length);
    if (!/^[a-z]{4,}$/.test(words[index] ?? '')) continue;
    words[index] = pick(REPLACEMENTS);
    changed++;
  }
  return paragraphs.map((words) => words.join(' '));
}

/** Curly quotes to straight ones and back, and dashes to hyphens: a house style. */
function restyleQuotes(paragraph: string): string {
  if (/[“”‘’]/.test(paragraph)) {
    return paragraph.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/—/g, ' - ');
  }
  return paragraph
    .replace(/"(?=\w)/g, '“')
    .replace(/"/g, '”')
    .replace(/'/g, '’')
    .replace(/ - /g, ' — ');
}
