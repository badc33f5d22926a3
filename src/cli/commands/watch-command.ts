import type { Command } from 'commander';
import { readFeedList } from '../../operations/read-feed-list.js';
import { watchFeeds } from '../../operations/watch-feeds.js';
import type { AnalysisQueue } from '../../queue/analysis-queue.js';
import { isPostgresUrl } from '../../store/postgres/postgres-store.js';
import { defaultPipeline, describeDb, openAnalysisQueue, openFetcher, openStore } from '../../system.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatRejectionList } from '../format-rejection-list.js';
import { plural } from '../plural.js';
import { dbOption } from './db-option.js';
import { addFetchOptions, type FetchFlags, fetcherOptions } from './fetch-options.js';
import { parseCount } from './parse-count.js';
import { parseDuration } from './parse-duration.js';

interface WatchFlags extends FetchFlags {
  db: string;
  every: number;
  rounds?: number;
  analyze: boolean;
  analyzeHere?: boolean;
}

export function registerWatchCommand(program: Command, context: CliContext): void {
  addFetchOptions(
    program
      .command('watch')
      .description('fetch feeds every so often and store their new articles, until stopped (Ctrl-C)')
      .argument('<feeds...>', 'OPML files, text files with one URL per line, or feed URLs')
      .addOption(dbOption())
      .option('--every <duration>', 'time between rounds: 90s, 15m, 1h', parseDuration, 15 * 60_000)
      .option('--rounds <n>', 'stop after this many rounds', parseCount)
      .option('--no-analyze', 'store articles as read, without analysing them')
      .option(
        '--analyze-here',
        'with a postgres:// database, analyse in this process instead of queuing the articles for `newsgraph worker`',
      ),
  ).action(async (args: string[], flags: WatchFlags) => {
    const list = readFeedList(args);
    if (list.rejected.length > 0) {
      context.output.err(['cannot read:', ...formatRejectionList(list.rejected)].join('\n'));
    }
    if (list.urls.length === 0) {
      context.output.err('no feeds to watch');
      context.exit(ExitCode.usage);
      return;
    }
    const store = openStore(flags.db);
    const isQueued = flags.analyze && !flags.analyzeHere && isPostgresUrl(flags.db);
    let queue: AnalysisQueue | undefined;
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    context.output.err(
      `watching ${plural(list.urls.length, 'feed')} into ${describeDb(flags.db)}, every ${flags.every / 1000}s`,
    );
    try {
      if (isQueued) queue = await openAnalysisQueue(flags.db);
      await watchFeeds(store, {
        urls: list.urls,
        everyMs: flags.every,
        signal: stop.signal,
        fetcher: openFetcher(fetcherOptions(flags)),
        ...(flags.rounds ? { rounds: flags.rounds } : {}),
        ...(flags.analyze && !isQueued ? { pipeline: defaultPipeline() } : {}),
        ...(queue ? { queue } : {}),
        onRound: (round, summary) => {
          const time = new Date().toISOString().slice(0, 19).replace('T', ' ');
          context.output.out(
            `${time} round ${round}: ${plural(summary.urls, 'feed')}, ${summary.added} added, ${summary.updated} updated, ${summary.duplicate} duplicate, ${summary.rejected.length} rejected` +
              (summary.queued !== undefined ? `, ${summary.queued} queued for analysis` : ''),
          );
          if (summary.rejected.length > 0)
            context.output.err(formatRejectionList(summary.rejected).join('\n'));
        },
      });
      context.exit(ExitCode.ok);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await queue?.close();
      await store.close();
    }
  });
}
