import { fileURLToPath } from 'node:url';
import { type Command, InvalidArgumentError } from 'commander';
import { createApp } from '../../server/create-app.js';
import { startServer } from '../../server/start-server.js';
import type { Store } from '../../store/store.js';
import { defaultPipeline, describeDb, openStore } from '../../system.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { bold } from '../output.js';
import { dbOption } from './db-option.js';

/** The built dashboard, beside src/ and dist/ alike. */
export const DASHBOARD_FOLDER = fileURLToPath(new URL('../../../dashboard/dist', import.meta.url));

/** `--port`, `--host` and `--token`, shared with the demo command. */
export const PORT_OPTION = ['--port <n>', 'port to listen on (0 for any free one)', parsePort, 3000] as const;
export const HOST_OPTION = [
  '--host <address>',
  'address to listen on; 0.0.0.0 opens it to the network',
  '127.0.0.1',
] as const;
export const TOKEN_OPTION = [
  '--token <token>',
  'bearer token that POST /api/articles needs (or NEWSGRAPH_TOKEN); without one, no writes',
] as const;

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) {
    throw new InvalidArgumentError('expected a port from 0 to 65535');
  }
  return port;
}

export interface ServeFlags {
  db: string;
  port: number;
  host: string;
  token?: string;
}

export function registerServeCommand(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('serve the HTTP API and the dashboard until stopped (Ctrl-C)')
    .addOption(dbOption())
    .option(...PORT_OPTION)
    .option(...HOST_OPTION)
    .option(...TOKEN_OPTION)
    .action(async (flags: ServeFlags) => {
      const store = openStore(flags.db, { mustExist: true });
      try {
        await serveUntilStopped(store, flags, context);
      } finally {
        await store.close();
      }
    });
}

/**
 * Serves the store until SIGINT or SIGTERM, then closes the server. The demo command serves
 * its database the same way.
 */
export async function serveUntilStopped(store: Store, flags: ServeFlags, context: CliContext): Promise<void> {
  const token = flags.token ?? process.env.NEWSGRAPH_TOKEN ?? undefined;
  const app = createApp({
    store,
    pipeline: defaultPipeline,
    token: token || undefined,
    dashboardFolder: DASHBOARD_FOLDER,
  });
  const server = await startServer(app, { host: flags.host, port: flags.port });
  context.output.out(`${bold('newsgraph', context.output)} serving ${describeDb(flags.db)} at ${server.url}`);
  context.output.out(
    `  API: ${server.url}api/articles?q=...  (OpenAPI: ${server.url}api/openapi.json); ` +
      `${token ? 'writes need the token' : 'read-only (no --token)'}; Ctrl-C stops`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  context.output.out('newsgraph: stopped');
  context.exit(ExitCode.ok);
}
