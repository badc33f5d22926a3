import type { Command } from 'commander';
import { listStories, readStory } from '../../operations/list-stories.js';
import { describeDb } from '../../system.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatStory, storyLine } from '../format-story.js';
import { bold } from '../output.js';
import { printPage } from '../print-page.js';
import { withStore } from '../with-store.js';
import { dbOption } from './db-option.js';
import { parseCount, parseOffset } from './parse-count.js';

interface StoriesFlags {
  db: string;
  from?: string;
  to?: string;
  minArticles?: number;
  limit: number;
  offset?: number;
  json?: boolean;
}

export function registerStoriesCommand(program: Command, context: CliContext): void {
  program
    .command('stories')
    .description('stories: articles about one happening, grouped as they arrive, the latest first')
    .argument('[id]', "a story's id: show it with its articles")
    .addOption(dbOption())
    .option('--from <date>', 'stories whose last article is on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'stories whose last article is on or before this date (YYYY-MM-DD)')
    .option('--min-articles <n>', 'only stories of at least this many articles', parseCount)
    .option('--limit <n>', 'how many stories', parseCount, 20)
    .option('--offset <n>', 'skip this many stories', parseOffset)
    .option('--json', 'print {total, stories} as JSON, or with an id {story, articles}')
    .action(async (id: string | undefined, flags: StoriesFlags) => {
      await withStore(flags.db, async (store) => {
        const { db: _db, json, ...filters } = flags;
        if (id !== undefined) {
          const detail = await readStory(store, id);
          if (!detail) {
            context.output.err(`no story with id ${id} in ${describeDb(flags.db)}`);
            context.exit(ExitCode.rejected);
            return;
          }
          const { story, articles } = detail;
          context.output.out(
            json
              ? JSON.stringify(detail)
              : [
                  bold(story.title, context.output),
                  storyLine(story),
                  '',
                  ...articles.map(
                    (article) =>
                      `${article.publishedAt || 'no date'}  ${article.title} · ${article.source || 'no source'} · ${article.id}`,
                  ),
                ].join('\n'),
          );
          context.exit(ExitCode.ok);
          return;
        }
        const result = await listStories(store, filters);
        printPage(context.output, {
          json,
          result,
          items: result.stories,
          total: result.total,
          offset: flags.offset,
          none: 'no stories found',
          format: (story, rank) => formatStory(story, rank, context.output),
        });
        context.exit(ExitCode.ok);
      });
    });
}
