import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DIST_DIR } from './measure-web.js';
import { REPO_ROOT } from './newsgraph-server.js';

const DASHBOARD = join(REPO_ROOT, 'dashboard');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts'].map((path) => join(DASHBOARD, path));

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

const run = promisify(execFile);

/**
 * Builds `dashboard/dist` when it is missing or older than the dashboard's sources (about 2 s), as
 * `npm run build:dashboard` does: in its own process, since vitest's NODE_ENV=test would make
 * Vite bundle React's development build.
 */
export async function ensureDashboardBuilt(): Promise<void> {
  const index = join(DIST_DIR, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...SOURCES.map(newestChange))) return;
  const vite = join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  await run(process.execPath, [vite, 'build', DASHBOARD, '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    timeout: 120_000,
  });
}
