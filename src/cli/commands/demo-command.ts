import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ingestArticles } from '../../operations/ingest-articles.js';
import { listActors } from '../../operations/list-actors.js';
import { listEvents } from '../../operations/list-events.js';
import { searchArticles } from '../../operations/search-articles.js';
import { defaultPipeline, describeDb, openStore } from '../../system.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatActorTable } from '../format-actor-table.js';
import { formatSearchHit } from '../format-search-hit.js';
import { formatStoredEvent } from '../format-stored-event.js';
import { bold } from '../output.js';
import { createProgressBar } from '../progress-bar.js';
import { dbOption } from './db-option.js';
import {
  HOST_OPTION,
  PORT_OPTION,
  type ServeFlags,
  serveUntilStopped,
  TOKEN_OPTION,
} from './serve-command.js';

/** The articles written for this project, in every input format it reads (not the malformed ones). */
const EXAMPLE_FOLDERS = ['articles', 'json', 'text', 'pages'].map((folder) =>
  fileURLToPath(new URL(`../../../examples/${folder}`, import.meta.url)),
);
const DEMO_QUERIES = ['ceasefire', 'sanctions', '"prime minister"'];

export function registerDemoCommand(program: Command, context: CliContext): void {
  program
    .command('demo')
    .description('ingest and analyse the bundled example articles, search them, then serve them')
    .addOption(dbOption())
    .option('--no-serve', 'stop after the summary instead of serving the database')
    .option(...PORT_OPTION)
    .option(...HOST_OPTION)
    .option(...TOKEN_OPTION)
    .action(async (flags: ServeFlags & { serve: boolean }) => {
      const { output } = context;
      const store = openStore(flags.db);
      const progress = createProgressBar();
      try {
        const summary = await ingestArticles(store, {
          paths: EXAMPLE_FOLDERS,
          pipeline: defaultPipeline(),
          onProgress: progress.update,
        });
        progress.stop();
        output.out(
          `${bold('Ingested', output)} ${summary.files} example files into ${describeDb(flags.db)}: ` +
            `${summary.added} added, ${summary.updated} updated, ${summary.duplicate} already there.`,
        );
        for (const query of DEMO_QUERIES) {
          const result = await searchArticles(store, { text: query, limit: 3 });
          output.out(`\n${bold(`newsgraph search ${query}`, output)}  (${result.total} articles)\n`);
          result.hits.forEach((hit, index) => {
            output.out(formatSearchHit(hit, index + 1, output));
          });
        }
        const events = await listEvents(store, { limit: '5' });
        output.out(`\n${bold('newsgraph events', output)}  (${events.total} events, the 5 latest)\n`);
        events.events.forEach((stored, index) => {
          output.out(formatStoredEvent(stored, index + 1, output));
        });
        const actors = await listActors(store, { limit: '8' });
        output.out(
          `\n${bold('newsgraph actors', output)}  (${actors.total} actors, the 8 in most articles)\n`,
        );
        output.out(formatActorTable(actors.actors, output));
        output.out(
          [
            '',
            'Next:',
            `  newsgraph search "your words" --db ${describeDb(flags.db)}`,
            `  newsgraph show ID --db ${describeDb(flags.db)}`,
            `  newsgraph events --actor ISR --db ${describeDb(flags.db)}`,
            '  newsgraph analyze FILE --json',
            `  newsgraph serve --db ${describeDb(flags.db)}`,
          ].join('\n'),
        );
        if (flags.serve) {
          output.out('');
          await serveUntilStopped(store, flags, context);
        }
        context.exit(summary.rejected.length > 0 ? ExitCode.rejected : ExitCode.ok);
      } finally {
        progress.stop();
        await store.close();
      }
    });
}
