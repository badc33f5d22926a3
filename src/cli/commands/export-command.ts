import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { NewsgraphError } from '../../errors.js';
import { CSV_TABLE_NAMES } from '../../export/csv-tables.js';
import { type ExportChunks, writeChunksToFile, writeChunksToStream } from '../../export/write-chunks.js';
import { EXPORT_FORMATS, exportData, exportFormat } from '../../operations/export-data.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import type { Output } from '../output.js';
import { withStore } from '../with-store.js';
import { dbOption } from './db-option.js';
import { parseCount } from './parse-count.js';

interface ExportFlags {
  db: string;
  format: string;
  out?: string;
  table?: string;
  nodes?: number;
  from?: string;
  to?: string;
  source?: string;
  actor?: string;
}

export function registerExportCommand(program: Command, context: CliContext): void {
  program
    .command('export')
    .description(
      'write stored articles, events, quotes, actors or the actor network in a format other tools read',
    )
    .addOption(dbOption())
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option(
      '--out <path>',
      'the file to write (- for standard output, the default); for csv without --table, a folder',
    )
    .option('--table <name>', `for csv: the one table to write (${CSV_TABLE_NAMES.join(', ')})`)
    .option(
      '--nodes <n>',
      'for gexf and graphml: the actors in most events, at most this many',
      parseCount,
      50,
    )
    .option('--from <date>', 'articles published (events dated, for gexf and graphml) on or after this date')
    .option('--to <date>', 'articles published (events dated, for gexf and graphml) on or before this date')
    .option('--source <name>', 'only articles from this source')
    .option('--actor <code>', 'only articles with an actor of this CAMEO code or its beginning (ISRGOV, RUS)')
    .addHelpText(
      'after',
      [
        '',
        'Formats:',
        '  jsonl    one annotated article per line (the JSON contract); newsgraph ingest reads it back',
        '  csv      tables articles, events, quotes, actors (RFC 4180; --table T, or --out DIR for all four)',
        '  gdelt    each aggregate event as a GDELT 2.0 Event row (61 tab-separated columns, no header)',
        '  gexf     the actor network for Gephi',
        '  graphml  the actor network for NetworkX, igraph, yEd, Cytoscape',
        '  geojson  events at geocoded places and the places articles name, as Point features',
        '',
        'Examples:',
        '  newsgraph export --format jsonl --out articles.jsonl',
        '  newsgraph export --format csv --out tables/',
        '  newsgraph export --format csv --table events --from 2018-06-01 --actor ISR > events.csv',
        '  newsgraph export --format gdelt --out events.export.CSV',
      ].join('\n'),
    )
    .action(async (flags: ExportFlags) => {
      const format = exportFormat(flags.format);
      const toStdout = flags.out === undefined || flags.out === '-';
      if (format === 'csv' && flags.table === undefined && toStdout) {
        throw new NewsgraphError(
          'USAGE',
          'export: csv has four tables: name one with --table (articles, events, quotes, actors), or give --out DIR for all four',
        );
      }
      const toFolder = format === 'csv' && flags.table === undefined;
      if (!toStdout && !toFolder && flags.out && !existsSync(dirname(flags.out))) {
        throw new NewsgraphError(
          'USAGE',
          `export --out: there is no folder ${dirname(flags.out)} to write ${flags.out} in`,
        );
      }
      const { db, format: _format, out, table, nodes, ...filters } = flags;
      await withStore(db, async (store) => {
        const request = { format, filters, ...(nodes === undefined ? {} : { nodes }) };
        if (format === 'csv' && table === undefined && out) {
          mkdirSync(out, { recursive: true });
          for (const name of CSV_TABLE_NAMES) {
            await writeChunksToFile(join(out, `${name}.csv`), exportData(store, { ...request, table: name }));
          }
          context.output.err(`wrote ${CSV_TABLE_NAMES.map((name) => `${name}.csv`).join(', ')} to ${out}`);
        } else if (toStdout) {
          await writeToStdout(context.output, exportData(store, { ...request, ...(table ? { table } : {}) }));
        } else if (out) {
          await writeChunksToFile(out, exportData(store, { ...request, ...(table ? { table } : {}) }));
          context.output.err(`wrote ${out}`);
        }
        context.exit(ExitCode.ok);
      });
    });
}

async function writeToStdout(output: Output, chunks: ExportChunks): Promise<void> {
  if (!output.stream) {
    const utf8 = new TextDecoder();
    let text = '';
    for await (const chunk of chunks)
      text += typeof chunk === 'string' ? chunk : utf8.decode(chunk, { stream: true });
    output.out(text.replace(/\n$/, ''));
    return;
  }
  try {
    await writeChunksToStream(output.stream, chunks);
  } catch (error) {
    // A reader that stops early (`| head`) closes the pipe: that is not a failure of the export.
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  }
}
