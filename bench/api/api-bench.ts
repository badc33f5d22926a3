import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { aggregatePaths, articlePaths, searchPaths } from './api-paths.js';
import { generateAnnotatedStore } from './generate-annotated-store.js';
import { type LoadResult, measureLoad } from './measure-api.js';

export interface ApiBenchOptions {
  root: string;
  /** The database to fill; an existing file is used as it is (to repeat a run without filling it again). */
  db: string;
  articles: number;
  seconds: number;
  connections: number;
  log: (line: string) => void;
}

export interface ApiBenchResult {
  search: LoadResult;
  article: LoadResult;
  aggregate: LoadResult;
  /** One request at a time, each path once before the load, with nothing cached: the 95th percentile. */
  searchColdP95Ms: number;
  articleColdP95Ms: number;
  aggregateColdP95Ms: number;
  generateSeconds: number;
  serverPeakRssMb: number;
}

/** Distinct paths per family: many more than the connections, so that no answer is timed twice in a row. */
const SEARCH_PATHS = 200;
const AGGREGATE_PATHS = 100;
const ARTICLE_PATHS = 5000;

/**
 * Fills a store with annotated articles, serves it from its own process on 127.0.0.1, and loads
 * each route family in turn: searches (with and without words, with filters), single articles,
 * and timelines and networks.
 */
export async function runApiBench(options: ApiBenchOptions): Promise<ApiBenchResult> {
  const startedAt = performance.now();
  let ids: string[];
  if (existsSync(options.db)) {
    options.log(`api: using the existing ${options.db}\n`);
    ids = await storedIds(options.db);
  } else {
    options.log(
      `api: storing ${options.articles} annotated articles (the examples analysed once, then copied) ...\n`,
    );
    ids = await generateAnnotatedStore(options.root, options.db, options.articles);
  }
  const generateSeconds = (performance.now() - startedAt) / 1000;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(options.root, 'bench/api/server-child.ts'), options.db],
    {
      cwd: options.root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = readLines(child.stdout);
  try {
    const { url } = JSON.parse(await lines.next()) as { url: string };
    // Each family: every path once, one at a time (the cold figure, and what fills the server's
    // response cache), then the load over the same paths.
    const family = async (name: string, paths: string[]) => {
      options.log(
        `api: ${name}: ${paths.length} paths once each, then ${options.seconds} s at ${options.connections} connections ...\n`,
      );
      const coldP95Ms = await measureOnce(url, paths);
      const loaded = await measureLoad(url, paths, {
        seconds: options.seconds,
        connections: options.connections,
      });
      return { coldP95Ms, loaded };
    };
    const every = Math.max(1, Math.floor(ids.length / ARTICLE_PATHS));
    const search = await family('search', searchPaths(SEARCH_PATHS));
    const article = await family('article', articlePaths(ids.filter((_id, index) => index % every === 0)));
    const aggregate = await family('timeline and network', aggregatePaths(AGGREGATE_PATHS));
    child.kill('SIGTERM');
    const { peakRssMb } = JSON.parse(await lines.next()) as { peakRssMb: number };
    return {
      search: search.loaded,
      article: article.loaded,
      aggregate: aggregate.loaded,
      searchColdP95Ms: search.coldP95Ms,
      articleColdP95Ms: article.coldP95Ms,
      aggregateColdP95Ms: aggregate.coldP95Ms,
      generateSeconds,
      serverPeakRssMb: peakRssMb,
    };
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
}

/** Requests each path once, in turn, and gives the 95th percentile of the times; a failure throws. */
async function measureOnce(url: string, paths: readonly string[]): Promise<number> {
  const times: number[] = [];
  for (const path of paths) {
    const startedAt = performance.now();
    const response = await fetch(new URL(path, url));
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    times.push(performance.now() - startedAt);
  }
  times.sort((a, b) => a - b);
  return times[Math.min(times.length - 1, Math.floor(0.95 * times.length))] ?? 0;
}

async function storedIds(db: string): Promise<string[]> {
  const { default: Database } = await import('better-sqlite3');
  const connection = new Database(db, { readonly: true });
  try {
    return connection.prepare<[], string>('SELECT id FROM articles ORDER BY seq').pluck().all();
  } finally {
    connection.close();
  }
}

/** The lines a child writes, one at a time. */
function readLines(stream: NodeJS.ReadableStream) {
  let buffered = '';
  const waiting: ((line: string) => void)[] = [];
  const ready: string[] = [];
  stream.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      const waiter = waiting.shift();
      if (waiter) waiter(line);
      else ready.push(line);
    }
  });
  return {
    next: () =>
      new Promise<string>((resolve) => {
        const line = ready.shift();
        if (line !== undefined) resolve(line);
        else waiting.push(resolve);
      }),
  };
}
