import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';

export interface RunningServer {
  /** `http://HOST:PORT/`, with the port the system gave when 0 was asked for. */
  url: string;
  /** Stops taking connections and ends the open ones. */
  close(): Promise<void>;
}

/** Listens on `host`:`port` (0 for any free port) and answers with the app. */
export function startServer(
  app: OpenAPIHono,
  options: { host: string; port: number },
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: options.host, port: options.port },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}/`,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
