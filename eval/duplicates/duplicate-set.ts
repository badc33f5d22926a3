import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, type ArticleRecord, createArticle } from '../../src/document/article.js';
import { readSeedRecord } from '../../src/ingest/read-seed-record.js';
import { EDITS, type Edit, editCopy, seededRandom } from './edit-copy.js';

export type Split = 'dev' | 'test';

/** One article of the set: an original, an edited copy of one, or a distinct report of the same event. */
export interface SetArticle {
  article: Article;
  /** The example it is, or copies; a distinct report is a group of its own. */
  group: string;
  /** What was done to the original; empty for an original or a distinct report. */
  edits: Edit[];
  kind: 'original' | 'copy' | 'distinct';
}

const SEED = 20261125;
/**
 * Examples that are themselves copies of another (checked by hand): 033 is 032 under another
 * headline and source, with its last paragraph cut to its first two sentences.
 */
const EXAMPLE_COPIES: ReadonlyMap<string, { group: string; edits: Edit[] }> = new Map([
  ['033', { group: '032', edits: ['headline', 'trim'] }],
]);
const COPY_SOURCES = [
  'Valley Tribune',
  'Metro Evening News',
  'Island Chronicle',
  'Riverside Times',
  'Highland Observer',
  'Bay Area Record',
  'Lakeshore Journal',
  'Plains Telegraph',
];
const origin = {
  location: 'eval/duplicates',
  reader: 'eval@1',
  contentHash: '',
  retrievedAt: '2026-01-01T00:00:00Z',
};

/**
 * The split's articles (README.md): examples 001-020 are dev, 021-040 test; each example, its
 * copies (one for each edit alone and two with two edits drawn at random), and the distinct
 * reports of the split's events (eval/duplicates/distinct/, numbered after the example they
 * share an event with), all in a seeded random order of storing.
 */
export function readDuplicateSet(root: string, split: Split): SetArticle[] {
  const random = seededRandom(SEED + (split === 'dev' ? 0 : 1));
  const inSplit = (name: string) => Number.parseInt(name.slice(0, 3), 10) <= 20 === (split === 'dev');
  const examples = join(root, 'examples/articles');
  const distinct = join(root, 'eval/duplicates/distinct');
  const set: SetArticle[] = [];
  for (const name of readdirSync(examples).filter(inSplit).sort()) {
    const record = readRecord(join(examples, name));
    const copied = EXAMPLE_COPIES.get(name.slice(0, 3));
    const group = copied?.group ?? name.slice(0, 3);
    const article = createArticle(record, { ...origin, location: name });
    set.push({ article, group, edits: copied?.edits ?? [], kind: copied ? 'copy' : 'original' });
    const editLists: Edit[][] = [...EDITS.map((edit) => [edit]), twoEdits(random), twoEdits(random)];
    editLists.forEach((edits, index) => {
      // Another source for each copy of an example, and for the same copy of two examples: 033
      // copies 032 with its lede, and two copies under one source, title and date are one article.
      const source = COPY_SOURCES[(index + Number.parseInt(name, 10)) % COPY_SOURCES.length] as string;
      const copy = editCopy(record, edits, source, random);
      const location = `${name} copy ${index + 1} (${edits.join('+')})`;
      set.push({ article: createArticle(copy, { ...origin, location }), group, edits, kind: 'copy' });
    });
  }
  for (const name of readdirSync(distinct).filter(inSplit).sort()) {
    const record = readRecord(join(distinct, name));
    const article = createArticle(record, { ...origin, location: `distinct/${name}` });
    set.push({ article, group: `distinct-${name}`, edits: [], kind: 'distinct' });
  }
  return shuffle(set, random);
}

function readRecord(path: string): ArticleRecord {
  return readSeedRecord(readFileSync(path, 'utf8')).record;
}

function twoEdits(random: () => number): Edit[] {
  const first = EDITS[Math.floor(random() * EDITS.length)] as Edit;
  const rest = EDITS.filter((edit) => edit !== first);
  return [first, rest[Math.floor(random() * rest.length)] as Edit];
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}
