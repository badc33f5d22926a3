import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './main.js';
import type { Output } from './output.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
const db = join(folder, 'news.db');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (line) => out.push(line), err: (line) => err.push(line), isTTY: false };
  const code = await runCli(args, output);
  return { code, out: out.join('\n'), err: err.join('\n'), lines: out };
}

const SEED = `Ministers meet in Geneva

03/01/2018

Ministers met in Geneva on Thursday.

geneva.jpg

The ministers met for two hours. They agreed to meet again.

Talks will resume in April, officials said.

Harbor Gazette
`;

describe('newsgraph ingest', () => {
  beforeAll(async () => {
    await run('ingest', join(EXAMPLES, 'articles'), '--db', db);
  });

  it('reports added, updated, duplicate and rejected, and exits 0 when nothing was rejected', async () => {
    const result = await run('ingest', join(EXAMPLES, 'articles'), '--db', db);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/40 files into .*: 0 added, 0 updated, 40 duplicate, 0 rejected/);
  });

  it('exits 1 and names each rejected file, line and reason, after ingesting the rest', async () => {
    const result = await run(
      'ingest',
      join(EXAMPLES, 'malformed'),
      '--db',
      join(folder, 'malformed.db'),
      '--json',
    );
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.out);
    expect(summary.added).toBe(2);
    expect(summary.rejected).toContainEqual({
      input: join(EXAMPLES, 'malformed', 'impossible-date.txt'),
      line: 3,
      reason: 'date "02/30/2018" does not exist',
    });
  });

  it('prints each rejection as file:line: reason on stderr', async () => {
    const result = await run(
      'ingest',
      join(EXAMPLES, 'malformed', 'impossible-date.txt'),
      '--db',
      join(folder, 'm2.db'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('impossible-date.txt:3: date "02/30/2018" does not exist');
  });

  it('exits 2 on a usage error', async () => {
    expect((await run('ingest')).code).toBe(2);
    expect((await run('ingest', 'x', '--batch-size', 'ten')).code).toBe(2);
    expect((await run('no-such-command')).code).toBe(2);
  });
});

describe('newsgraph search', () => {
  it('prints ranked results with the matched words marked', async () => {
    const result = await run('search', 'sanctions', '--db', db, '--limit', '3');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/ {2}1\. .*\n {5}[0-9a-f]{16} · .* · \d{4}-\d\d-\d\d\n {5}.*\[sanctions\]/i);
    expect(result.out).toMatch(/1-3 of \d+/);
  });

  it('answers JSON with --json, filtered by date and source', async () => {
    const result = await run(
      'search',
      'missile',
      '--db',
      db,
      '--from',
      '2017-08-29',
      '--to',
      '2017-08-29',
      '--json',
    );
    const body = JSON.parse(result.out);
    expect(body.total).toBeGreaterThanOrEqual(2);
    for (const hit of body.hits) expect(hit.article.publishedAt).toBe('2017-08-29');
    const one = JSON.parse(
      (await run('search', 'missile', '--db', db, '--source', 'prairie ledger', '--json')).out,
    );
    expect(one.hits.map((hit: { article: { source: string } }) => hit.article.source)).toEqual([
      'Prairie Ledger',
    ]);
  });

  it('exits 2 for an impossible date filter, naming it', async () => {
    const result = await run('search', 'syria', '--db', db, '--from', '2018-02-30');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/from/);
  });

  it('exits 2 when the database does not exist, without creating it', async () => {
    const result = await run('search', 'syria', '--db', join(folder, 'missing.db'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/no database at/);
  });
});

describe('newsgraph show', () => {
  it('shows a stored article by id prefix, and exits 1 for an unknown id', async () => {
    const hit = JSON.parse((await run('search', 'sanctions', '--db', db, '--limit', '1', '--json')).out)
      .hits[0];
    const shown = await run('show', hit.article.id.slice(0, 8), '--db', db, '--json');
    expect(shown.code).toBe(0);
    const article = JSON.parse(shown.out);
    expect(article.id).toBe(hit.article.id);
    expect(article.sentences.length).toBeGreaterThan(3);
    expect((await run('show', 'ffffffffffff', '--db', db)).code).toBe(1);
  });
});

describe('newsgraph analyze', () => {
  it('prints one annotated article per line, in argument order, with spans into its text', async () => {
    const first = join(folder, 'first.txt');
    const second = join(folder, 'second.txt');
    writeFileSync(first, SEED);
    writeFileSync(second, SEED.replace('Ministers meet in Geneva', 'Envoys meet in Vienna'));
    const result = await run('analyze', second, first, '--json');
    expect(result.code).toBe(0);
    const articles = result.lines.map((line) => JSON.parse(line));
    expect(articles.map((article) => article.title)).toEqual([
      'Envoys meet in Vienna',
      'Ministers meet in Geneva',
    ]);
    const [, article] = articles;
    expect(article.publishedAt).toBe('2018-03-01');
    expect(
      article.sentences.map((span: { start: number; end: number }) =>
        article.text.slice(span.start, span.end),
      ),
    ).toEqual([
      'Ministers meet in Geneva',
      'Ministers met in Geneva on Thursday.',
      'The ministers met for two hours.',
      'They agreed to meet again.',
      'Talks will resume in April, officials said.',
    ]);
  });

  it('reports a bad file on stderr and exits 1, still printing the good ones', async () => {
    const good = join(folder, 'good.txt');
    writeFileSync(good, SEED);
    const result = await run('analyze', join(EXAMPLES, 'malformed', 'empty.txt'), good, '--json');
    expect(result.code).toBe(1);
    expect(result.lines).toHaveLength(1);
    expect(result.err).toMatch(/empty\.txt: empty file/);
  });
});
