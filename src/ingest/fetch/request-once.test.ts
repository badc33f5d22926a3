import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchError } from './fetch-error.js';
import { resolveWithDns } from './guarded-lookup.js';
import { requestOnce } from './request-once.js';

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function serve(status: number, body: string): Promise<string> {
  server = createServer((_request, response) => response.writeHead(status, { 'x-test': 'yes' }).end(body));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const options = {
  headers: {},
  resolve: resolveWithDns,
  allowPrivate: true,
  firstByteTimeoutMs: 2000,
  timeoutMs: 5000,
  maxBytes: 1024,
};

describe('requestOnce', () => {
  it('returns the status, the headers and the body of a 2xx answer', async () => {
    const origin = await serve(200, 'hello');
    const exchange = await requestOnce(new URL(`${origin}/`), options);
    expect(exchange).toMatchObject({ httpStatus: 200, statusLine: '200 OK', headers: { 'x-test': 'yes' } });
    expect(exchange.bytes.toString()).toBe('hello');
  });

  it('leaves the body of another answer unread', async () => {
    const origin = await serve(404, 'no such page');
    const exchange = await requestOnce(new URL(`${origin}/`), options);
    expect(exchange).toMatchObject({ httpStatus: 404, statusLine: '404 Not Found' });
    expect(exchange.bytes).toHaveLength(0);
  });

  it('refuses a literal private address before connecting', async () => {
    const origin = await serve(200, 'hello');
    const error = await requestOnce(new URL(`${origin}/`), { ...options, allowPrivate: false }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ code: 'blocked-private' });
  });
});
