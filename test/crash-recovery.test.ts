import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const ARTICLES = 30_000;
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-crash-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeInput(path: string): void {
  const lines: string[] = [];
  for (let index = 0; index < ARTICLES; index++) {
    lines.push(
      JSON.stringify({
        title: `Harbour authority report number ${index}`,
        description: `Summary of report ${index}.`,
        maintext: `Report ${index} says the harbour handled cargo on schedule.\nInspectors marked item r${index}x as complete.`,
        date_publish: `2020-01-${String((index % 28) + 1).padStart(2, '0')} 08:00:00`,
        source_domain: 'example.org',
        url: `https://example.org/reports/${index}`,
      }),
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function ingest(input: string, db: string): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', 'ingest', input, '--db', db, '--no-analyze', '--batch-size', '250'],
    { cwd: ROOT, stdio: 'ignore' },
  );
}

function count(db: string): number {
  const connection = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (connection.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    connection.close();
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('ingest after a crash', () => {
  it('ends with exactly the articles of the input after kill -9 and a re-run', async () => {
    const input = join(folder, 'reports.jsonl');
    const db = join(folder, 'news.db');
    writeInput(input);

    const first = ingest(input, db);
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      first.on('exit', (_code, signal) => resolve(signal)),
    );
    await waitFor(() => {
      try {
        return count(db) > 0;
      } catch {
        return false;
      }
    }, 60_000);
    first.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const afterCrash = count(db);
    expect(afterCrash).toBeGreaterThan(0);
    expect(afterCrash).toBeLessThan(ARTICLES);
    // Only whole batches were committed.
    expect(afterCrash % 250).toBe(0);

    const second = ingest(input, db);
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);

    const connection = new Database(db, { readonly: true });
    const stats = connection
      .prepare('SELECT count(*) AS n, count(DISTINCT url) AS urls, count(DISTINCT id) AS ids FROM articles')
      .get() as { n: number; urls: number; ids: number };
    expect(stats).toEqual({ n: ARTICLES, urls: ARTICLES, ids: ARTICLES });
    const halfWritten = connection
      .prepare(
        "SELECT count(*) AS n FROM articles WHERE body NOT LIKE '%Inspectors marked item%' OR lede = ''",
      )
      .get() as { n: number };
    expect(halfWritten.n).toBe(0);
    // Every article is in the search index exactly once.
    const indexed = connection
      .prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'inspectors'")
      .get() as { n: number };
    expect(indexed.n).toBe(ARTICLES);
    connection.close();
    const writable = new Database(db);
    expect(() =>
      writable.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')"),
    ).not.toThrow();
    writable.close();
  });
});
