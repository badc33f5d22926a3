import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A local HTTP server for tests: routes by path, a log of every request, and its base URL. */
export interface FixtureServer {
  url: string;
  routes: Map<string, Route>;
  /** `GET /path` for each request, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 at a free port; unknown paths (robots.txt included) answer 404. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const route = routes.get(request.url ?? '');
    if (route) route(request, response);
    else response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route answering 200 with this body and content type, and its ETag when given (304 when it matches). */
export function serve(body: string | Buffer, contentType: string, etag?: string): Route {
  return (request, response) => {
    if (etag && request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentType, ...(etag ? { etag } : {}) }).end(body);
  };
}
