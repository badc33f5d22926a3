import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The repository's root folder. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The seed article of DESIGN.md, in `../shared` beside the repository (absent outside CI and the workplace). */
export const SEED_ARTICLE = resolve(REPO_ROOT, '../shared/seeds/000_69708e555aba87ee.txt');

/** The CLI from its sources, in this Node.js process's binary with tsx's loader: one process to stop. */
const CLI = [process.execPath, '--import', 'tsx', join(REPO_ROOT, 'src/cli/bin.ts')] as const;
const run = promisify(execFile);

/** Ingests and analyses `paths` into the database `db` with the project's own CLI. */
export async function ingestInto(db: string, paths: readonly string[]): Promise<void> {
  const [node, ...cli] = CLI;
  await run(node, [...cli, 'ingest', ...paths, '--db', db, '--workers', '1'], {
    cwd: REPO_ROOT,
    timeout: 180_000,
  });
}

/** The example articles, and the seed article when `../shared` is there. */
export function examplePaths(): string[] {
  const examples = ['articles', 'json', 'text', 'pages'].map((folder) => join(REPO_ROOT, 'examples', folder));
  return existsSync(SEED_ARTICLE) ? [...examples, SEED_ARTICLE] : examples;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts `newsgraph serve` over `db` on a free port and waits until its API answers. */
export async function startServer(db: string, timeoutMs = 60_000): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const [node, ...cli] = CLI;
  const child: ChildProcess = spawn(
    node,
    [...cli, 'serve', '--db', db, '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`newsgraph serve exited with ${child.exitCode}:\n${output}`);
    const isUp = await fetch(`${url}/api/sources?limit=1`).then(
      (response) => response.ok,
      () => false,
    );
    if (isUp) return { url, stop };
    await new Promise((done) => setTimeout(done, 200));
  }
  await stop();
  throw new Error(`newsgraph serve did not answer within ${timeoutMs} ms:\n${output}`);
}
