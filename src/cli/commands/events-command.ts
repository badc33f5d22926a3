import type { Command } from 'commander';
import { listAggregateEvents } from '../../operations/list-aggregate-events.js';
import { listEvents } from '../../operations/list-events.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatAggregateEvent } from '../format-aggregate-event.js';
import { formatStoredEvent } from '../format-stored-event.js';
import { printPage } from '../print-page.js';
import { withStore } from '../with-store.js';
import { dbOption } from './db-option.js';
import { parseCount, parseOffset } from './parse-count.js';

interface EventsFlags {
  db: string;
  actor?: string;
  country?: string;
  code?: string;
  root?: string;
  quad?: string;
  from?: string;
  to?: string;
  source?: string;
  limit: number;
  offset?: number;
  json?: boolean;
  aggregate?: boolean;
  origin?: string;
}

export function registerEventsCommand(program: Command, context: CliContext): void {
  program
    .command('events')
    .description('stored events (who did what to whom), newest first, each with the sentence that says so')
    .addOption(dbOption())
    .option('--actor <code>', 'a CAMEO actor code or its beginning, on either side (ISRGOV, RUS, IGO)')
    .option('--country <iso3>', 'the country of either side (ISR)')
    .option('--code <code>', 'an exact CAMEO event code (036)')
    .option('--root <nn>', 'a CAMEO root code, 01 to 20')
    .option(
      '--quad <n>',
      'QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict',
    )
    .option('--from <date>', 'events on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'events on or before this date (YYYY-MM-DD)')
    .option('--source <name>', 'only events of articles from this source')
    .option('--limit <n>', 'how many events', parseCount, 20)
    .option('--offset <n>', 'skip this many events', parseOffset)
    .option('--json', 'print {total, events} as JSON')
    .option(
      '--aggregate',
      'the same real event across articles, folded, with its counts (and events imported from GDELT)',
    )
    .option('--origin <origin>', 'with --aggregate: newsgraph (folded from articles) or gdelt (imported)')
    .action(async (flags: EventsFlags) => {
      await withStore(flags.db, async (store) => {
        const { db: _db, json, aggregate, origin, ...filters } = flags;
        if (aggregate || origin !== undefined) {
          const result = await listAggregateEvents(store, { ...filters, origin });
          printPage(context.output, {
            json,
            result,
            items: result.events,
            total: result.total,
            offset: flags.offset,
            none: 'no aggregate events found',
            format: (event, rank) => formatAggregateEvent(event, rank, context.output),
          });
          context.exit(ExitCode.ok);
          return;
        }
        const result = await listEvents(store, filters);
        printPage(context.output, {
          json,
          result,
          items: result.events,
          total: result.total,
          offset: flags.offset,
          none: 'no events found',
          format: (stored, rank) => formatStoredEvent(stored, rank, context.output),
        });
        context.exit(ExitCode.ok);
      });
    });
}
