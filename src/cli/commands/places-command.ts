import type { Command } from 'commander';
import { listPlaces } from '../../operations/list-places.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatPlaceTable } from '../format-place-table.js';
import { withStore } from '../with-store.js';
import { dbOption } from './db-option.js';
import { parseCount, parseOffset } from './parse-count.js';

interface PlacesFlags {
  db: string;
  country?: string;
  limit: number;
  offset?: number;
  json?: boolean;
}

export function registerPlacesCommand(program: Command, context: CliContext): void {
  program
    .command('places')
    .description('the places of the stored articles, on the map, in most articles first')
    .addOption(dbOption())
    .option('--country <iso3>', 'only places in this country (SYR)')
    .option('--limit <n>', 'how many places', parseCount, 20)
    .option('--offset <n>', 'skip this many places', parseOffset)
    .option('--json', 'print {total, places} as JSON')
    .action(async (flags: PlacesFlags) => {
      await withStore(flags.db, async (store) => {
        const { db: _db, json, ...filters } = flags;
        const result = await listPlaces(store, filters);
        if (json) {
          context.output.out(JSON.stringify(result));
        } else if (result.places.length === 0) {
          context.output.out('no places found');
        } else {
          const first = (flags.offset ?? 0) + 1;
          context.output.out(formatPlaceTable(result.places, context.output));
          context.output.out(`${first}-${first + result.places.length - 1} of ${result.total}`);
        }
        context.exit(ExitCode.ok);
      });
    });
}
