import type { Command } from 'commander';
import { listQuotes } from '../../operations/list-quotes.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatStoredQuote } from '../format-stored-quote.js';
import { printPage } from '../print-page.js';
import { withStore } from '../with-store.js';
import { dbOption } from './db-option.js';
import { parseCount, parseOffset } from './parse-count.js';

interface QuotesFlags {
  db: string;
  speaker?: string;
  actor?: string;
  from?: string;
  to?: string;
  source?: string;
  limit: number;
  offset?: number;
  json?: boolean;
}

export function registerQuotesCommand(program: Command, context: CliContext): void {
  program
    .command('quotes')
    .description('stored quotations with their speakers, newest article first')
    .addOption(dbOption())
    .option('--speaker <words>', "words of the speaker's name or description (netanyahu, official)")
    .option('--actor <code>', "the speaker's CAMEO actor code or its beginning (ISRGOV, RUS)")
    .option('--from <date>', 'quotes of articles published on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'quotes of articles published on or before this date (YYYY-MM-DD)')
    .option('--source <name>', 'only quotes of articles from this source')
    .option('--limit <n>', 'how many quotes', parseCount, 20)
    .option('--offset <n>', 'skip this many quotes', parseOffset)
    .option('--json', 'print {total, quotes} as JSON')
    .action(async (flags: QuotesFlags) => {
      await withStore(flags.db, async (store) => {
        const { db: _db, json, ...filters } = flags;
        const result = await listQuotes(store, filters);
        printPage(context.output, {
          json,
          result,
          items: result.quotes,
          total: result.total,
          offset: flags.offset,
          none: 'no quotes found',
          format: (stored, rank) => formatStoredQuote(stored, rank, context.output),
        });
        context.exit(ExitCode.ok);
      });
    });
}
