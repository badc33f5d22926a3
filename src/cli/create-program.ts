import { createRequire } from 'node:module';
import { Command } from 'commander';
import { registerActorsCommand } from './commands/actors-command.js';
import { registerAnalyzeCommand } from './commands/analyze-command.js';
import { registerDemoCommand } from './commands/demo-command.js';
import { registerEventsCommand } from './commands/events-command.js';
import { registerExportCommand } from './commands/export-command.js';
import { registerExtractCommand } from './commands/extract-command.js';
import { registerIngestCommand } from './commands/ingest-command.js';
import { registerMigrateCommand } from './commands/migrate-command.js';
import { registerPlacesCommand } from './commands/places-command.js';
import { registerQuotesCommand } from './commands/quotes-command.js';
import { registerSearchCommand } from './commands/search-command.js';
import { registerServeCommand } from './commands/serve-command.js';
import { registerShowCommand } from './commands/show-command.js';
import { registerStoriesCommand } from './commands/stories-command.js';
import { registerWatchCommand } from './commands/watch-command.js';
import { registerWorkerCommand } from './commands/worker-command.js';
import type { CliContext } from './context.js';

/** The `newsgraph` command line: a thin shell over the operations. */
export function createProgram(context: CliContext): Command {
  const program = new Command('newsgraph')
    .description('Reads news and turns it into structured, searchable knowledge.')
    .version(packageVersion())
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => context.output.out(text.trimEnd()),
      writeErr: (text) => context.output.err(text.trimEnd()),
    })
    .exitOverride();
  for (const register of [
    registerIngestCommand,
    registerAnalyzeCommand,
    registerSearchCommand,
    registerShowCommand,
    registerEventsCommand,
    registerStoriesCommand,
    registerActorsCommand,
    registerQuotesCommand,
    registerPlacesCommand,
    registerExportCommand,
    registerExtractCommand,
    registerWatchCommand,
    registerServeCommand,
    registerDemoCommand,
    registerMigrateCommand,
    registerWorkerCommand,
  ]) {
    register(program, context);
  }
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  return program;
}

function packageVersion(): string {
  // src/cli and dist/cli both sit two folders below package.json.
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}
