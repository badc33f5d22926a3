import { createApp } from '../../src/server/create-app.js';
import { startServer } from '../../src/server/start-server.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { defaultPipeline } from '../../src/system.js';

/**
 * The API in its own process, so that the load generator does not share its event loop:
 * `tsx bench/api/server-child.ts DB` prints `{"url": ...}` once listening, and stops on SIGTERM.
 */
const [db] = process.argv.slice(2) as [string];
const store = new SqliteStore(db, { mustExist: true });
const server = await startServer(createApp({ store, pipeline: defaultPipeline }), {
  host: '127.0.0.1',
  port: 0,
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', async () => {
  await server.close();
  await store.close();
  process.stdout.write(`${JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
  process.exit(0);
});
