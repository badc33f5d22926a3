import { type Command, InvalidArgumentError } from 'commander';
import { NewsgraphError } from '../../errors.js';
import { DEFAULT_BATCH_SIZE, type MigrationReport, migrateStore } from '../../operations/migrate-store.js';
import { describeDb, openStore } from '../../system.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatTable } from '../format-table.js';
import type { Output } from '../output.js';
import { parseCount } from './parse-count.js';

interface MigrateFlags {
  from: string;
  to: string;
  batchSize: number;
  intoNonempty?: boolean;
  json?: boolean;
}

export function registerMigrateCommand(program: Command, context: CliContext): void {
  program
    .command('migrate')
    .description('copy a database into another (SQLite to PostgreSQL, say), then compare them kind by kind')
    .requiredOption(
      '--from <db>',
      'the database to copy: sqlite:PATH, a SQLite file, or a postgres:// URL',
      parseDb,
    )
    .requiredOption('--to <db>', 'the database to copy into (created if missing; must be empty)', parseDb)
    .option('--batch-size <n>', 'articles read and stored at a time', parseCount, DEFAULT_BATCH_SIZE)
    .option('--into-nonempty', 'copy into a database that already holds articles (it then holds more)')
    .option('--json', 'print the report as JSON: {articles, fetchStates, kinds, isMatch}')
    .action(async (flags: MigrateFlags) => {
      if (flags.from === flags.to) {
        throw new NewsgraphError('USAGE', '--from and --to name the same database: name two');
      }
      const source = openStore(flags.from, { mustExist: true });
      const target = await Promise.resolve()
        .then(() => openStore(flags.to))
        .catch(async (error: unknown) => {
          await source.close();
          throw error;
        });
      try {
        const report = await migrateStore(source, target, {
          batchSize: flags.batchSize,
          ...(flags.intoNonempty && { intoNonempty: true }),
        });
        context.output.out(
          flags.json
            ? JSON.stringify({ from: describeDb(flags.from), to: describeDb(flags.to), ...report })
            : formatReport(report, flags, context.output),
        );
        context.exit(report.isMatch ? ExitCode.ok : ExitCode.rejected);
      } finally {
        await Promise.all([source.close(), target.close()]);
      }
    });
}

/** `sqlite:PATH` is the SQLite file at PATH; anything else is as `--db` takes it. */
function parseDb(value: string): string {
  const db = value.startsWith('sqlite:') ? value.slice('sqlite:'.length) : value;
  if (db.trim() === '') throw new InvalidArgumentError('name a SQLite file or a postgres:// URL.');
  return db;
}

function formatReport(report: MigrationReport, flags: MigrateFlags, output: Output): string {
  const { added, updated, duplicate } = report.articles;
  const table = formatTable(
    ['KIND', 'SOURCE', 'TARGET', 'SOURCE SHA-256', 'TARGET SHA-256', 'MATCH'],
    report.kinds.map((kind) => [
      kind.kind,
      String(kind.source.count),
      String(kind.target.count),
      kind.source.checksum.slice(0, 16),
      kind.target.checksum.slice(0, 16),
      kind.isMatch ? 'yes' : 'NO',
    ]),
    [1, 2],
    output,
  );
  return [
    `from ${describeDb(flags.from)}`,
    `to   ${describeDb(flags.to)}`,
    `articles: ${added} added, ${updated} updated, ${duplicate} already there; ${report.fetchStates} fetch states`,
    table,
    report.isMatch
      ? 'the target holds everything the source holds'
      : 'the stores differ: see the kinds marked NO',
  ].join('\n');
}
