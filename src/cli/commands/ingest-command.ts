import type { Command } from 'commander';
import { ingestArticles } from '../../operations/ingest-articles.js';
import { isWebAddress, readFeedList } from '../../operations/read-feed-list.js';
import type { AnalysisQueue } from '../../queue/analysis-queue.js';
import { isPostgresUrl } from '../../store/postgres/postgres-store.js';
import {
  defaultPipeline,
  describeDb,
  openAnalysisQueue,
  openFetcher,
  openStore,
  openWorkerPool,
} from '../../system.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatRejectionList } from '../format-rejection-list.js';
import { plural } from '../plural.js';
import { createProgressBar } from '../progress-bar.js';
import { dbOption } from './db-option.js';
import { addFetchOptions, type FetchFlags, fetcherOptions } from './fetch-options.js';
import { parseCount } from './parse-count.js';
import { workersOption } from './workers-option.js';

const OPML = /\.opml$/i;

interface IngestFlags extends FetchFlags {
  db: string;
  include?: string[];
  exclude?: string[];
  analyze: boolean;
  analyzeHere?: boolean;
  batchSize: number;
  workers: number;
  json?: boolean;
}

export function registerIngestCommand(program: Command, context: CliContext): void {
  addFetchOptions(
    program
      .command('ingest')
      .description(
        'read articles from files, folders, globs (- for stdin), web pages and feeds, and store them',
      )
      .argument(
        '<paths...>',
        'files, folders, globs such as "news/**/*.txt", - for standard input, http(s) URLs of pages and feeds, or OPML lists of feeds',
      )
      .addOption(dbOption())
      .option('--include <glob...>', 'only files whose path matches one of these globs')
      .option('--exclude <glob...>', 'skip files whose path matches one of these globs')
      .option('--no-analyze', 'store articles as read, without sentences and tokens')
      .option(
        '--analyze-here',
        'with a postgres:// database, analyse in this process instead of queuing the articles for `newsgraph worker`',
      )
      .option('--batch-size <n>', 'articles per transaction', parseCount, 500)
      .addOption(workersOption())
      .option('--json', 'print the summary as JSON'),
  ).action(async (args: string[], flags: IngestFlags) => {
    const isFetched = (arg: string) => isWebAddress(arg) || OPML.test(arg);
    const feedList = readFeedList(args.filter(isFetched));
    const urls = feedList.urls;
    const paths = args.filter((arg) => !isFetched(arg));
    const store = openStore(flags.db);
    const isQueued = flags.analyze && !flags.analyzeHere && isPostgresUrl(flags.db);
    const analyzeHere = flags.analyze && !isQueued;
    const pool = analyzeHere && flags.workers > 1 ? openWorkerPool(flags.workers) : undefined;
    const progress = createProgressBar();
    let queue: AnalysisQueue | undefined;
    try {
      if (isQueued) queue = await openAnalysisQueue(flags.db);
      const summary = await ingestArticles(store, {
        paths,
        stdin: context.stdin,
        ...(urls.length > 0 ? { urls, fetcher: openFetcher(fetcherOptions(flags)) } : {}),
        batchSize: flags.batchSize,
        onProgress: progress.update,
        ...(flags.include ? { include: flags.include } : {}),
        ...(flags.exclude ? { exclude: flags.exclude } : {}),
        ...(analyzeHere ? { pipeline: defaultPipeline() } : {}),
        ...(pool ? { pool } : {}),
        ...(queue ? { queue } : {}),
        importEvents: (events) => store.putImportedEvents(events),
      });
      progress.stop();
      summary.rejected.unshift(...feedList.rejected);
      if (flags.json) {
        context.output.out(JSON.stringify({ db: describeDb(flags.db), ...summary }));
      } else {
        const { added, updated, duplicate, rejected, files } = summary;
        const imported = summary.imported === undefined ? '' : `, ${summary.imported} GDELT events imported`;
        const read = [plural(files, 'file'), ...(urls.length > 0 ? [plural(summary.urls, 'URL')] : [])].join(
          ' and ',
        );
        context.output.out(
          `${read} into ${describeDb(flags.db)}: ${added} added, ${updated} updated, ${duplicate} duplicate, ${rejected.length} rejected${imported}` +
            (summary.queued !== undefined ? `; ${summary.queued} queued for analysis` : ''),
        );
        if (rejected.length > 0)
          context.output.err(['rejected:', ...formatRejectionList(rejected)].join('\n'));
      }
      context.exit(summary.rejected.length > 0 ? ExitCode.rejected : ExitCode.ok);
    } finally {
      progress.stop();
      await pool?.close();
      await queue?.close();
      await store.close();
    }
  });
}
