import type { Command } from 'commander';
import { listQuotes } from '../../operations/list-quotes.js';
import { openStore } from '../../system.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatStoredQuote } from '../format-stored-quote.js';
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
      const store = openStore(flags.db, { mustExist: true });
      try {
        const { db: _db, json, ...filters } = flags;
        const result = await listQuotes(store, filters);
        if (json) {
          context.output.out(JSON.stringify(result));
        } else if (result.quotes.length === 0) {
          context.output.out('no quotes found');
        } else {
          const first = (flags.offset ?? 0) + 1;
          result.quotes.forEach((stored, index) => {
            context.output.out(formatStoredQuote(stored, first + index, context.output));
          });
          context.output.out(`${first}-${first + result.quotes.length - 1} of ${result.total}`);
        }
        context.exit(ExitCode.ok);
      } finally {
        await store.close();
      }
    });
}
