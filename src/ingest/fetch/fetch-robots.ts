import { FetchError } from './fetch-error.js';
import { parseRobots, type RobotsRules } from './parse-robots.js';
import type { HttpExchange } from './request-once.js';

/** What robots.txt says for one origin: its rules, or that it could not be read for now. */
export type RobotsVerdict =
  | { kind: 'rules'; rules: RobotsRules }
  /** `error` when there was no answer at all; `httpStatus` when the answer was a 5xx or a 429. */
  | { kind: 'unreachable'; reason: string; error?: FetchError; httpStatus?: number };

/** RFC 9309 asks crawlers to follow at least five redirects for robots.txt. */
const MAX_ROBOTS_REDIRECTS = 5;

const ALLOW_ALL: RobotsVerdict = { kind: 'rules', rules: { rules: [] } };

/**
 * Reads `/robots.txt` of an origin and applies RFC 9309's reading of the answer: 2xx gives rules;
 * any other 4xx means there are none (everything allowed); a 5xx, a 429 or no answer at all means
 * the site cannot say, so nothing may be fetched for now. A refused private address on the origin
 * itself is thrown: the page would be refused too, and the user should hear why.
 */
export async function fetchRobots(
  origin: string,
  options: { request: (url: URL) => Promise<HttpExchange>; productToken: string },
): Promise<RobotsVerdict> {
  let url = new URL('/robots.txt', origin);
  for (let redirects = 0; ; redirects++) {
    let exchange: HttpExchange;
    try {
      exchange = await options.request(url);
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      if (error.code === 'blocked-private' && redirects === 0) throw error;
      return { kind: 'unreachable', reason: error.reason, error };
    }
    const { httpStatus } = exchange;
    if (httpStatus >= 200 && httpStatus < 300) {
      const text = new TextDecoder('utf-8').decode(exchange.bytes);
      return { kind: 'rules', rules: parseRobots(text, options.productToken) };
    }
    const location = exchange.headers.location;
    if (httpStatus >= 300 && httpStatus < 400 && location) {
      // Past five redirects the RFC lets a crawler take robots.txt as unavailable: no rules.
      if (redirects >= MAX_ROBOTS_REDIRECTS) return ALLOW_ALL;
      const next = URL.canParse(location, url) ? new URL(location, url) : undefined;
      if (next === undefined || (next.protocol !== 'http:' && next.protocol !== 'https:')) return ALLOW_ALL;
      url = next;
      continue;
    }
    // 429 is a 4xx, but it says the server is overloaded, not that there is no file.
    if (httpStatus >= 400 && httpStatus < 500 && httpStatus !== 429) return ALLOW_ALL;
    return { kind: 'unreachable', reason: `${url.href} answered ${exchange.statusLine}`, httpStatus };
  }
}
