import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rejection } from '../src/ingest/input-error.js';
import { type IngestSummary, ingestArticles } from '../src/operations/ingest-articles.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const MALFORMED = join(import.meta.dirname, '../examples/malformed');
const ARTICLES = join(import.meta.dirname, '../examples/articles');
const isRoot = process.getuid?.() === 0;

let folder: string;
let summary: IngestSummary;
let stored: number;

/** One batch holding every kind of bad input beside good ones, ingested once. */
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'newsgraph-bad-input-'));
  const inputs = join(folder, 'inputs');
  mkdirSync(inputs);
  for (const name of [
    'empty.txt',
    'binary.txt',
    'invalid-utf8.txt',
    'utf16-bom.txt',
    'impossible-date.txt',
    'no-body.txt',
    'one-broken-line.jsonl',
  ]) {
    copyFileSync(join(MALFORMED, name), join(inputs, name));
  }
  copyFileSync(join(ARTICLES, '001-ukraine-heavy-weapons-withdrawal.txt'), join(inputs, 'good-1.txt'));
  copyFileSync(join(ARTICLES, '002-nigeria-borno-village-attack.txt'), join(inputs, 'good-2.txt'));

  const huge = openSync(join(inputs, 'huge-single-line.txt'), 'w');
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  for (let index = 0; index < 50; index++) writeSync(huge, chunk);
  closeSync(huge);

  const unreadable = join(inputs, 'unreadable');
  mkdirSync(unreadable);
  symlinkSync(join(folder, 'nowhere.txt'), join(unreadable, 'dangling.txt'));
  execFileSync('mkfifo', [join(unreadable, 'pipe.txt')]);
  if (!isRoot) {
    copyFileSync(join(ARTICLES, '003-france-pension-strike.txt'), join(unreadable, 'locked.txt'));
    chmodSync(join(unreadable, 'locked.txt'), 0o000);
  }

  mkdirSync(join(inputs, 'loop'));
  symlinkSync('..', join(inputs, 'loop', 'back-up'));

  const store = new SqliteStore(join(folder, 'news.db'));
  summary = await ingestArticles(store, { paths: [inputs] });
  stored = await store.countArticles();
  await store.close();
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function rejectionOf(name: string): Rejection[] {
  return summary.rejected.filter((rejection) => rejection.input.endsWith(name));
}

describe('a batch with bad inputs', () => {
  it.each([
    ['empty.txt', undefined, /^empty file$/],
    ['binary.txt', 4, /binary data, not text \(NUL byte at offset \d+\)/],
    ['invalid-utf8.txt', 8, /invalid UTF-8 \(byte 0xff at offset \d+\)/],
    ['utf16-bom.txt', 1, /UTF-16 text .*save it as UTF-8/],
    ['huge-single-line.txt', undefined, /file is 50\.0 MB, over the 10\.0 MB limit/],
    ['impossible-date.txt', 3, /date "02\/30\/2018" does not exist/],
    ['no-body.txt', undefined, /no body/],
    ['one-broken-line.jsonl', 2, /invalid JSON/],
    ['dangling.txt', undefined, /no such file or folder \(or a broken symbolic link\)/],
    ['pipe.txt', undefined, /not a regular file/],
    ['back-up', undefined, /symbolic link loop/],
  ])('rejects %s once, at line %s, saying why', (name, line, reason) => {
    const rejections = rejectionOf(name);
    expect(rejections).toHaveLength(1);
    expect(rejections[0]?.reason).toMatch(reason);
    if (line !== undefined) expect(rejections[0]?.line).toBe(line);
  });

  it.skipIf(isRoot)('rejects a file it has no permission to read (needs a non-root user)', () => {
    expect(rejectionOf('locked.txt')[0]?.reason).toBe('permission denied');
  });

  it('ingests every good article of the batch', () => {
    // Two seed files and the two good lines of the JSONL file.
    expect(summary.added).toBe(4);
    expect(stored).toBe(4);
  });

  it('rejects nothing else', () => {
    expect(summary.rejected).toHaveLength(isRoot ? 11 : 12);
  });
});
