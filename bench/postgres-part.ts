import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticles } from './generate-articles.js';
import { measurePostgresWorkers, type PostgresBench } from './postgres-workers.js';

const URL_VARIABLES = ['NEWSGRAPH_BENCH_POSTGRES_URL', 'NEWSGRAPH_TEST_POSTGRES_URL'];

/**
 * The PostgreSQL part of `npm run bench`, run when one of URL_VARIABLES names a database it may
 * create schemas in; otherwise a line says which variable to set. Generates the articles in
 * `folder` unless the core part already has.
 */
export async function runPostgresPart(options: {
  root: string;
  folder: string;
  articles: number;
}): Promise<PostgresBench> {
  const variable = URL_VARIABLES.find((name) => process.env[name]);
  const url = variable ? process.env[variable] : undefined;
  if (!url) {
    console.log(
      `postgres: skipped, set ${URL_VARIABLES[0]} to a PostgreSQL database the bench may create schemas in`,
    );
    return { metrics: {}, rows: [] };
  }
  const input = join(options.folder, 'articles');
  if (!existsSync(input)) {
    process.stderr.write(`generating ${options.articles} articles from examples/articles ...\n`);
    generateArticles(join(options.root, 'examples/articles'), input, options.articles);
  }
  const bench = await measurePostgresWorkers({
    url,
    input,
    articles: options.articles,
    sqliteDb: join(options.folder, 'postgres-beside.db'),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  console.log(
    `postgres: ${options.articles} articles generated from examples/articles; analysis through pg-boss by newsgraph worker processes (--concurrency 1) on 2,000 of them`,
  );
  return bench;
}
