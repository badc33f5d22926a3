import type { Command } from 'commander';
import { listActors } from '../../operations/list-actors.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatActorTable } from '../format-actor-table.js';
import { withStore } from '../with-store.js';
import { dbOption } from './db-option.js';
import { parseCount, parseOffset } from './parse-count.js';

interface ActorsFlags {
  db: string;
  country?: string;
  name?: string;
  limit: number;
  offset?: number;
  json?: boolean;
}

export function registerActorsCommand(program: Command, context: CliContext): void {
  program
    .command('actors')
    .description('the actors of the stored articles by CAMEO code (or name), in most articles first')
    .addOption(dbOption())
    .option('--country <iso3>', 'only actors of this country (RUS)')
    .option('--name <words>', 'only actors with a name that contains these words')
    .option('--limit <n>', 'how many actors', parseCount, 20)
    .option('--offset <n>', 'skip this many actors', parseOffset)
    .option('--json', 'print {total, actors} as JSON')
    .action(async (flags: ActorsFlags) => {
      await withStore(flags.db, async (store) => {
        const { db: _db, json, ...filters } = flags;
        const result = await listActors(store, filters);
        if (json) {
          context.output.out(JSON.stringify(result));
        } else if (result.actors.length === 0) {
          context.output.out('no actors found');
        } else {
          const first = (flags.offset ?? 0) + 1;
          context.output.out(formatActorTable(result.actors, context.output));
          context.output.out(`${first}-${first + result.actors.length - 1} of ${result.total}`);
        }
        context.exit(ExitCode.ok);
      });
    });
}
