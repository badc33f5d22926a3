import type { Command } from 'commander';
import { toAnnotatedJson } from '../../document/to-annotated-json.js';
import { describeDb } from '../../system.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatArticle } from '../format-article.js';
import { storyLine } from '../format-story.js';
import { plural } from '../plural.js';
import { withStore } from '../with-store.js';
import { dbOption } from './db-option.js';

export function registerShowCommand(program: Command, context: CliContext): void {
  program
    .command('show')
    .description('one stored article with its annotations')
    .argument('<id>', 'article id, or an unambiguous prefix of it (4 characters or more)')
    .addOption(dbOption())
    .option('--json', 'print the annotated-article JSON')
    .action(async (id: string, flags: { db: string; json?: boolean }) => {
      await withStore(flags.db, async (store) => {
        const article = await store.getArticle(id);
        if (!article) {
          context.output.err(`no article with id ${id} in ${describeDb(flags.db)}`);
          context.exit(ExitCode.rejected);
          return;
        }
        if (flags.json) {
          context.output.out(JSON.stringify(toAnnotatedJson(article)));
        } else {
          const story = await store.getArticleStory(article.id);
          const inStory =
            story && `story: ${story.title} (${plural(story.articles, 'article')}) · ${storyLine(story)}`;
          context.output.out(
            [formatArticle(article, context.output), ...(inStory ? [inStory] : [])].join('\n'),
          );
        }
        context.exit(ExitCode.ok);
      });
    });
}
