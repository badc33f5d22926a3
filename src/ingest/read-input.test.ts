import { createHash } from 'node:crypto';
import { chmod, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../document/article.js';
import type { Rejection } from './input-error.js';
import { type InputFile, type ReadOutcome, readInput } from './read-input.js';

const MB = 1024 * 1024;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsgraph-read-input-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function fileOf(name: string, content: string | Buffer): Promise<InputFile> {
  const path = join(folder, name);
  await writeFile(path, content);
  return { path, size: (await stat(path)).size };
}

function stdinOf(text: string): InputFile {
  const bytes = Buffer.from(text);
  return { path: '-', size: bytes.length, bytes };
}

async function outcomesOf(input: InputFile): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  for await (const outcome of readInput(input)) outcomes.push(outcome);
  return outcomes;
}

const articlesIn = (outcomes: ReadOutcome[]): Article[] =>
  outcomes.flatMap((outcome) => ('article' in outcome ? [outcome.article] : []));
const rejectionsIn = (outcomes: ReadOutcome[]): Rejection[] =>
  outcomes.flatMap((outcome) => ('rejection' in outcome ? [outcome.rejection] : []));

const jsonLine = (title: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ title, body: `The body of ${title}.`, date: '2018-06-17', ...extra });

const SEED = [
  'A headline',
  '06/17/2018',
  'A short summary.',
  'photo.jpg',
  'First paragraph.',
  'Second paragraph.',
  'Behold Israel',
].join('\n\n');

describe('readInput', () => {
  it('reads the good lines of a JSON Lines file and rejects the broken one by its line', async () => {
    const input = await fileOf(
      'mixed.jsonl',
      `${jsonLine('One')}\n{"title": "Two", \n${jsonLine('Three')}\n`,
    );
    const outcomes = await outcomesOf(input);
    expect(outcomes).toHaveLength(3);
    expect(articlesIn(outcomes).map((article) => [article.title, article.origin.line])).toEqual([
      ['One', 1],
      ['Three', 3],
    ]);
    expect(rejectionsIn(outcomes)).toEqual([
      { input: input.path, line: 2, reason: expect.stringMatching(/^invalid JSON/) },
    ]);
  });

  it('names the line and field of a JSON Lines record that is not an article', async () => {
    const input = await fileOf('no-title.jsonl', `${jsonLine('One')}\n{"body": "No title."}\n`);
    expect(rejectionsIn(await outcomesOf(input))).toEqual([
      expect.objectContaining({ input: input.path, line: 2, field: 'title' }),
    ]);
  });

  it('skips blank lines in a JSON Lines file with CRLF line endings', async () => {
    const input = await fileOf('crlf.jsonl', `${jsonLine('One')}\r\n\r\n  \t\r\n${jsonLine('Two')}\r\n`);
    const outcomes = await outcomesOf(input);
    expect(rejectionsIn(outcomes)).toEqual([]);
    expect(articlesIn(outcomes).map((article) => article.title)).toEqual(['One', 'Two']);
  });

  it('rejects a 50 MB text file for its size', async () => {
    const input = await fileOf('huge.txt', Buffer.alloc(50 * MB, 'a'));
    expect(await outcomesOf(input)).toEqual([
      { rejection: { input: input.path, reason: 'file is 50.0 MB, over the 10.0 MB limit for one input' } },
    ]);
  });

  it('rejects a text file by the size the walk found, before reading it', async () => {
    // The bytes on disk are a small, readable article: only a decision taken before reading rejects it.
    const small = await fileOf('grown.txt', 'A headline\nThe body.\n');
    expect(await outcomesOf({ path: small.path, size: 50 * MB })).toEqual([
      { rejection: { input: small.path, reason: 'file is 50.0 MB, over the 10.0 MB limit for one input' } },
    ]);
  });

  it('rejects a 12 MB line of a JSON Lines file by its line and reads the lines around it', async () => {
    const head = '{"title": "Big", "body": "';
    const tail = '"}';
    const big = `${head}${'a'.repeat(12 * MB - head.length - tail.length)}${tail}`;
    const input = await fileOf('big-line.jsonl', `${jsonLine('One')}\n${big}\n${jsonLine('Three')}\n`);
    const outcomes = await outcomesOf(input);
    expect(articlesIn(outcomes).map((article) => article.title)).toEqual(['One', 'Three']);
    expect(rejectionsIn(outcomes)).toEqual([
      { input: input.path, line: 2, reason: 'line is 12.0 MB, over the 10.0 MB limit for one record' },
    ]);
  });

  it('reads every article of a JSON array in order', async () => {
    const input = await fileOf('array.json', `[${jsonLine('One')}, ${jsonLine('Two')}]`);
    const outcomes = await outcomesOf(input);
    expect(outcomes.map((outcome) => ('article' in outcome ? outcome.article.title : 'rejected'))).toEqual([
      'One',
      'Two',
    ]);
  });

  it('rejects one item of a JSON array, naming it, and reads the others', async () => {
    const input = await fileOf(
      'array-item.json',
      `[${jsonLine('One')}, {"body": "x"}, ${jsonLine('Three')}]`,
    );
    const outcomes = await outcomesOf(input);
    expect(articlesIn(outcomes).map((article) => article.title)).toEqual(['One', 'Three']);
    expect(rejectionsIn(outcomes)).toEqual([
      expect.objectContaining({ input: input.path, field: '[1].title' }),
    ]);
  });

  it('rejects a JSON file that does not parse', async () => {
    const input = await fileOf('broken.json', '{"title": ');
    expect(rejectionsIn(await outcomesOf(input))).toEqual([
      { input: input.path, line: 1, reason: expect.stringMatching(/^invalid JSON/) },
    ]);
  });

  it('reads a seed record from a text file', async () => {
    const input = await fileOf('seed.txt', SEED);
    const [article] = articlesIn(await outcomesOf(input));
    expect(article?.title).toBe('A headline');
    expect(article?.source).toBe('Behold Israel');
    expect(article?.origin.location).toBe(input.path);
    expect(article?.origin.reader).toMatch(/^seed@/);
  });

  it('reads a text file without the seed shape as plain text', async () => {
    const input = await fileOf('plain.txt', 'A headline\n\nThe first paragraph.\n\nThe second paragraph.\n');
    const [article] = articlesIn(await outcomesOf(input));
    expect(article?.text).toBe('A headline\n\nThe first paragraph.\n\nThe second paragraph.');
    expect(article?.origin.reader).toMatch(/^plain-text@/);
  });

  it('records the SHA-256 of the bytes it read, before decoding', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('A headline\r\nThe body.\r\n'),
    ]);
    const input = await fileOf('hash.txt', bytes);
    const [article] = articlesIn(await outcomesOf(input));
    expect(article?.origin.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('rejects a binary text file, naming the line of the NUL byte', async () => {
    const input = await fileOf('binary.txt', Buffer.from('A headline\nThe\u0000 body.\n'));
    expect(rejectionsIn(await outcomesOf(input))).toEqual([
      expect.objectContaining({ input: input.path, line: 2, reason: expect.stringMatching(/^binary data/) }),
    ]);
  });

  it('rejects a file that does not exist', async () => {
    const path = join(folder, 'missing.txt');
    expect(await outcomesOf({ path, size: 0 })).toEqual([
      { rejection: { input: path, reason: 'no such file or folder (or a broken symbolic link)' } },
    ]);
  });

  it('rejects a file it may not read', async (ctx) => {
    ctx.skip(process.getuid?.() === 0, 'running as root, which can read a chmod-000 file');
    const input = await fileOf('secret.txt', 'A headline\nThe body.\n');
    await chmod(input.path, 0o000);
    expect(await outcomesOf(input)).toEqual([
      { rejection: { input: input.path, reason: 'permission denied' } },
    ]);
  });

  it('reads a seed record from standard input', async () => {
    const [article] = articlesIn(await outcomesOf(stdinOf(SEED)));
    expect(article?.title).toBe('A headline');
    expect(article?.publishedAt).toBe('2018-06-17');
    expect(article?.origin.location).toBe('-');
  });

  it('reads one JSON document from standard input', async () => {
    const text = JSON.stringify({ title: 'A headline', body: ['One.', 'Two.'] }, null, 2);
    const outcomes = await outcomesOf(stdinOf(text));
    expect(articlesIn(outcomes).map((article) => article.text)).toEqual(['A headline\n\nOne.\n\nTwo.']);
  });

  it('reads a JSON array from standard input', async () => {
    const outcomes = await outcomesOf(stdinOf(`[${jsonLine('One')},${jsonLine('Two')}]`));
    expect(articlesIn(outcomes).map((article) => article.title)).toEqual(['One', 'Two']);
  });

  it('reads JSON Lines from standard input, numbering the lines', async () => {
    const outcomes = await outcomesOf(stdinOf(`${jsonLine('One')}\n\n${jsonLine('Three')}\n`));
    expect(articlesIn(outcomes).map((article) => [article.title, article.origin.line])).toEqual([
      ['One', 1],
      ['Three', 3],
    ]);
  });

  it('rejects a broken line of JSON Lines on standard input by its line', async () => {
    const outcomes = await outcomesOf(stdinOf(`${jsonLine('One')}\n{"title":\n`));
    expect(rejectionsIn(outcomes)).toEqual([
      { input: '-', line: 2, reason: expect.stringMatching(/^invalid JSON/) },
    ]);
  });

  it('gives the same article the same id whether read as a seed record or as JSON', async () => {
    const json = JSON.stringify({
      title: 'A headline',
      publishedAt: '2018-06-17',
      lede: 'A short summary.',
      image: 'photo.jpg',
      body: ['First paragraph.', 'Second paragraph.'],
      source: 'Behold Israel',
    });
    const [fromSeed] = articlesIn(await outcomesOf(stdinOf(SEED)));
    const [fromJson] = articlesIn(await outcomesOf(stdinOf(json)));
    expect(fromSeed?.id).toBeDefined();
    expect(fromJson?.id).toBe(fromSeed?.id);
    expect(fromJson?.text).toBe(fromSeed?.text);
  });

  it('rejects a JSON file holding an empty array, saying there are no records', async () => {
    const outcomes = await outcomesOf(await fileOf('empty-array.json', '[]\n'));
    expect(rejectionsIn(outcomes)).toEqual([
      { input: join(folder, 'empty-array.json'), reason: 'no records: the JSON array is empty' },
    ]);
  });

  it('reports invalid JSON in a .json file at the line where parsing stopped', async () => {
    const text = `[\n${jsonLine('One')},\n${jsonLine('Two')},\n{"title": oops}\n]\n`;
    const [rejection] = rejectionsIn(await outcomesOf(await fileOf('broken-array.json', text)));
    expect(rejection?.reason).toMatch(/^invalid JSON/);
    expect(rejection?.line).toBe(4);
  });

  it('hashes each JSON Lines record of standard input by its own line', async () => {
    const lines = [jsonLine('One'), jsonLine('Two')];
    const articles = articlesIn(await outcomesOf(stdinOf(`${lines.join('\n')}\n`)));
    expect(articles.map((article) => article.origin.contentHash)).toEqual(
      lines.map((line) => createHash('sha256').update(line).digest('hex')),
    );
    expect(articles.map((article) => article.origin.line)).toEqual([1, 2]);
  });
});

describe('readInput on HTML pages', () => {
  const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="windows-1252">
    <title>Ministers meet in Geneva | Harbor Gazette</title>
    <meta property="article:published_time" content="2018-03-01T10:00:00Z">
    <meta property="og:site_name" content="Harbor Gazette"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Ministers meet in Geneva</h1>
    <p>Ministers from both countries met in Geneva on Thursday for talks on the “border crossings”.</p>
    <p>The ministers met for two hours and agreed to meet again in April, officials said afterwards.</p>
    <p>Neither side gave details of the proposals discussed, but both called the talks useful.</p>
    </article><footer>© Harbor Gazette</footer></body></html>`;

  it('reads an .html page in a legacy charset into an article with its metadata', async () => {
    const [article] = articlesIn(
      await outcomesOf(await fileOf('geneva.html', iconv.encode(PAGE, 'windows-1252'))),
    );
    expect(article).toMatchObject({
      title: 'Ministers meet in Geneva',
      publishedAt: '2018-03-01T10:00:00Z',
      source: 'Harbor Gazette',
      language: 'en',
    });
    expect(article?.text).toContain('talks on the “border crossings”.');
    expect(article?.text).not.toContain('Home');
    expect(article?.origin.reader).toMatch(/^html@/);
  });

  it('reads a gzipped page', async () => {
    const [article] = articlesIn(await outcomesOf(await fileOf('geneva.html.gz', gzipSync(PAGE))));
    expect(article?.title).toBe('Ministers meet in Geneva');
  });

  it('rejects a gzip bomb without inflating it whole', async () => {
    const bomb = gzipSync(Buffer.alloc(30 * MB, 0x20));
    const [rejection] = rejectionsIn(await outcomesOf(await fileOf('bomb.html.gz', bomb)));
    expect(rejection?.reason).toMatch(/inflates to over the 20 MB limit/);
  });

  it('rejects a page with no article text, naming the file', async () => {
    const input = await fileOf('empty.html', '<html><body><nav><a href="/">Home</a></nav></body></html>');
    expect(rejectionsIn(await outcomesOf(input))).toEqual([
      { input: input.path, reason: 'no article text found in the page' },
    ]);
  });

  it('reads HTML from standard input', async () => {
    expect(articlesIn(await outcomesOf(stdinOf(PAGE)))[0]?.title).toBe('Ministers meet in Geneva');
  });
});
