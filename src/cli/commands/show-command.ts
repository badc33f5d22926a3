import type { Command } from 'commander';
import { toAnnotatedJson } from '../../document/to-annotated-json.js';
import { openStore } from '../../system.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatArticle } from '../format-article.js';
import { dbOption } from './db-option.js';

export function registerShowCommand(program: Command, context: CliContext): void {
  program
    .command('show')
    .description('one stored article with its annotations')
    .argument('<id>', 'article id, or an unambiguous prefix of it (4 characters or more)')
    .addOption(dbOption())
    .option('--json', 'print the annotated-article JSON')
    .action(async (id: string, flags: { db: string; json?: boolean }) => {
      const store = openStore(flags.db, { mustExist: true });
      try {
        const article = await store.getArticle(id);
        if (!article) {
          context.output.err(`no article with id ${id} in ${flags.db}`);
          context.exit(ExitCode.rejected);
          return;
        }
        context.output.out(
          flags.json ? JSON.stringify(toAnnotatedJson(article)) : formatArticle(article, context.output),
        );
        context.exit(ExitCode.ok);
      } finally {
        await store.close();
      }
    });
}
