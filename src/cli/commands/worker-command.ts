import type { Command } from 'commander';
import { NewsgraphError } from '../../errors.js';
import { analyzeQueued } from '../../operations/analyze-queued.js';
import type { WorkerPool } from '../../pipeline/worker-pool.js';
import type { AnalysisQueue } from '../../queue/analysis-queue.js';
import { isPostgresUrl } from '../../store/postgres/postgres-store.js';
import { defaultPipeline, describeDb, openAnalysisQueue, openStore, openWorkerPool } from '../../system.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { dbOption } from './db-option.js';
import { parseCount } from './parse-count.js';
import { parseDuration } from './parse-duration.js';

interface WorkerFlags {
  db: string;
  concurrency: number;
  batchSize: number;
  jobTimeout?: number;
  untilEmpty?: boolean;
}

export function registerWorkerCommand(program: Command, context: CliContext): void {
  program
    .command('worker')
    .description(
      'analyse the articles that ingest and watch queue in a PostgreSQL database, until stopped (SIGTERM or Ctrl-C finish the jobs in hand first)',
    )
    .addOption(dbOption())
    .option(
      '--concurrency <n>',
      'batches of jobs analysed at once, each on its own thread; 1 analyses in the main thread',
      parseCount,
      1,
    )
    .option('--batch-size <n>', 'jobs taken at once', parseCount, 8)
    .option(
      '--job-timeout <duration>',
      'time after which a job taken but not finished (its worker killed or cut off) goes to another worker: 30s, 5m; applies to jobs queued from now on (default: the queue keeps its own, 5m when new)',
      parseDuration,
    )
    .option('--until-empty', 'exit once no job is waiting or being worked on, instead of waiting for more')
    .action(async (flags: WorkerFlags) => {
      const db = describeDb(flags.db);
      if (!isPostgresUrl(flags.db)) {
        throw new NewsgraphError(
          'USAGE',
          `newsgraph worker needs a postgres:// database (--db), not ${db}: ingest analyses the articles of a SQLite file itself`,
        );
      }
      const store = openStore(flags.db);
      let queue: AnalysisQueue | undefined;
      let pool: WorkerPool | undefined;
      const stop = new AbortController();
      const onSignal = () => {
        if (!stop.signal.aborted) context.output.err('worker: stopping once the jobs in hand are done');
        stop.abort();
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        // Fails with a message naming the server when it is unreachable or refuses the password.
        await store.countArticles();
        queue = await openAnalysisQueue(flags.db, {
          ...(flags.jobTimeout !== undefined && { jobTimeoutSeconds: Math.ceil(flags.jobTimeout / 1000) }),
        });
        if (!queue) throw new Error(`no analysis queue for ${db}`);
        if (flags.concurrency > 1) {
          pool = openWorkerPool(flags.concurrency);
          await pool.start();
        }
        const summary = await analyzeQueued(store, queue, {
          pipeline: defaultPipeline(),
          ...(pool && { pool }),
          concurrency: flags.concurrency,
          batchSize: flags.batchSize,
          signal: stop.signal,
          ...(flags.untilEmpty && { untilEmpty: true }),
          onReady: () =>
            context.output.err(
              `worker: taking analysis jobs from ${db}, ${flags.concurrency} batch${flags.concurrency > 1 ? 'es' : ''} of up to ${flags.batchSize} at a time`,
            ),
          // The store's and the queue's errors name the server and what to do; others get the server.
          onRetry: (error, waitMs) =>
            context.output.err(
              `worker: ${error instanceof NewsgraphError ? error.message : `cannot use PostgreSQL at ${db}: ${error.message}`}; trying again in ${Math.round(waitMs / 100) / 10}s`,
            ),
        });
        context.output.out(
          `worker: ${summary.analysed} analysed, ${summary.alreadyAnalysed} already analysed, ${summary.missing} no longer stored`,
        );
        context.exit(ExitCode.ok);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await pool?.close();
        await queue?.close();
        await store.close();
      }
    });
}
