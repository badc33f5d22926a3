import type { Command } from 'commander';
import { searchArticles } from '../../operations/search-articles.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatSearchHit } from '../format-search-hit.js';
import { printPage } from '../print-page.js';
import { withStore } from '../with-store.js';
import { dbOption } from './db-option.js';
import { parseCount, parseOffset } from './parse-count.js';

interface SearchFlags {
  db: string;
  from?: string;
  to?: string;
  source?: string;
  /** False with `--no-copies`. */
  copies: boolean;
  limit: number;
  offset?: number;
  json?: boolean;
}

export function registerSearchCommand(program: Command, context: CliContext): void {
  program
    .command('search')
    .description('full-text search, ranked, with highlighted snippets')
    .argument('<query...>', 'words (all must match), "a phrase", -excluded, prefix*')
    .addOption(dbOption())
    .option('--from <date>', 'published on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'published on or before this date (YYYY-MM-DD)')
    .option('--source <name>', 'only articles from this source')
    .option('--no-copies', 'leave out articles marked as copies of earlier ones (near-duplicates)')
    .option('--limit <n>', 'how many results', parseCount, 10)
    .option('--offset <n>', 'skip this many results', parseOffset)
    .option('--json', 'print {total, hits} as JSON')
    .action(async (words: string[], flags: SearchFlags) => {
      await withStore(flags.db, async (store) => {
        const { db: _db, json, copies, ...filters } = flags;
        const result = await searchArticles(store, {
          text: words.join(' '),
          ...filters,
          copies: copies ? 'include' : 'exclude',
        });
        printPage(context.output, {
          json,
          result,
          items: result.hits,
          total: result.total,
          offset: flags.offset,
          none: 'no articles found',
          format: (hit, rank) => formatSearchHit(hit, rank, context.output),
          note:
            result.ranked < result.total ? ` (ranked among the ${result.ranked} most recently stored)` : '',
        });
        context.exit(ExitCode.ok);
      });
    });
}
