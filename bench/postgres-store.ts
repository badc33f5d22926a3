import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { ingestArticles } from '../src/operations/ingest-articles.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { generateArticles } from './generate-articles.js';
import { benchmarkQueries, measureSearch } from './search-latency.js';

/**
 * `tsx bench/postgres-store.ts [--articles N] [--url postgres://...] [--json]`: ingest throughput
 * (parse, store, index; no analysis) and search latency of the PostgreSQL store, beside the SQLite
 * store on the same generated articles. The URL defaults to NEWSGRAPH_TEST_POSTGRES_URL; the
 * articles go into a schema of their own, dropped at the end.
 */
const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const count = Number(flag('--articles') ?? 100_000);
const url = flag('--url') ?? process.env.NEWSGRAPH_TEST_POSTGRES_URL;
if (!url) throw new Error('name a PostgreSQL database with --url or NEWSGRAPH_TEST_POSTGRES_URL');
const schema = `newsgraph_bench_${process.pid}`;
/** The SQLite store's cap on ranked matches, measured beside the PostgreSQL store's own. */
const MORE_RANKED = 20_000;
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-bench-pg-'));
const log = (text: string) => process.stderr.write(`${text}\n`);

async function measureIngest(store: Store, input: string) {
  const startedAt = performance.now();
  const summary = await ingestArticles(store, { paths: [input] });
  const seconds = (performance.now() - startedAt) / 1000;
  if (summary.added !== count) throw new Error(`expected ${count} articles added, got ${summary.added}`);
  return { seconds, articlesPerSecond: count / seconds };
}

try {
  const input = join(folder, 'articles');
  log(`generating ${count} articles from examples/articles ...`);
  generateArticles(join(import.meta.dirname, '../examples/articles'), input, count);
  const queries = benchmarkQueries(200);

  log('PostgreSQL: ingesting (parse + store + index, no NLP) ...');
  const postgres = new PostgresStore(url, { schema });
  const postgresIngest = await measureIngest(postgres, input);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // What autovacuum would have done by the time anyone searches: statistics, and the visibility
  // map that lets a count skip the rows' pages.
  for (const table of ['articles', 'article_search', 'events', 'actors', 'quotes', 'places']) {
    await client.query(`VACUUM ANALYZE ${schema}.${table}`);
  }
  const size = await client.query<{ mb: number }>(
    `SELECT (sum(pg_total_relation_size(c.oid)) / 1048576)::float AS mb
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
    [schema],
  );
  log('PostgreSQL: searching ...');
  const postgresSearch = await measureSearch(postgres, queries);
  await postgres.close();
  const moreRanked = new PostgresStore(url, { schema, rankedMatches: MORE_RANKED });
  const moreRankedSearch = await measureSearch(moreRanked, queries);
  await moreRanked.close();

  log('SQLite: ingesting the same articles ...');
  const sqlite = new SqliteStore(join(folder, 'bench.db'));
  const sqliteIngest = await measureIngest(sqlite, input);
  // Searched after closing and opening again, as npm run bench does: the ingest leaves a long
  // write-ahead log that every read would go through until a checkpoint.
  await sqlite.close();
  const reopened = new SqliteStore(join(folder, 'bench.db'));
  log('SQLite: searching ...');
  const sqliteSearch = await measureSearch(reopened, queries);
  await reopened.close();

  await client.query(`DROP SCHEMA ${schema} CASCADE`);
  await client.end();

  const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
  const metrics = {
    'postgres.articles': count,
    'postgres.ingestArticlesPerSecond': Math.round(postgresIngest.articlesPerSecond),
    'postgres.dbSizeMb': round(size.rows[0]?.mb ?? 0),
    'postgres.searchP50Ms': round(postgresSearch.p50Ms, 2),
    'postgres.searchP95Ms': round(postgresSearch.p95Ms, 2),
    [`postgres.searchP50MsRanking${MORE_RANKED}`]: round(moreRankedSearch.p50Ms, 2),
    [`postgres.searchP95MsRanking${MORE_RANKED}`]: round(moreRankedSearch.p95Ms, 2),
    'sqlite.ingestArticlesPerSecond': Math.round(sqliteIngest.articlesPerSecond),
    'sqlite.searchP50Ms': round(sqliteSearch.p50Ms, 2),
    'sqlite.searchP95Ms': round(sqliteSearch.p95Ms, 2),
  };
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify({ metrics })}\n`);
  else
    for (const [name, value] of Object.entries(metrics))
      process.stdout.write(`${name.padEnd(36)} ${value}\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
