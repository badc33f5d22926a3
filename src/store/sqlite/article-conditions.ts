import { dayAfter } from '../day-after.js';
import type { ArticleQuery } from '../store.js';
import { isNotCopy } from './duplicate-index.js';
import { quadBit, rootBit } from './event-kinds.js';
import type { Parameters } from './select-events.js';

/**
 * How the filters on an article's annotations (actors, countries, events) find their articles:
 * - `match`: the search words lead; each match's few rows are read by its key. A unary `+` keeps
 *   the filter table's indexes out of the plan, as in `SqliteStore.search`: walking a month of one
 *   source and testing each article against a broad match measured 0.5-1.4 s on 100,000
 *   articles, against about 15 ms when the match leads;
 * - `list`: the index on the condition lists the articles that meet it, for a count, or for a
 *   page of few matches sorted by date;
 * - `walk`: the articles are walked newest first and each is tested by its key, for a page of many
 *   matches. On 100,000 articles, the newest 1,000 of the 40,000 that name the UN took 20 ms
 *   listed and sorted, and 4 ms walked;
 * - `scan`: the articles are walked in the order they were stored (`scanArticles`), each tested by
 *   its key, with the filter indexes kept out of the plan as for `match`: with them SQLite would
 *   gather and sort every match again for each page.
 */
export type Plan = 'match' | 'list' | 'walk' | 'scan';

/** The filters as conditions on `article_filters a`, for the plan. */
export function articleConditions(
  query: ArticleQuery,
  plan: Plan,
): { conditions: string[]; parameters: Parameters } {
  const column = (name: string) => (plan === 'match' || plan === 'scan' ? `+a.${name}` : `a.${name}`);
  // The article has a row in `table` for which `test` (over the row's columns, prefixed) holds.
  const holds = (table: string, test: (row: string) => string) =>
    plan === 'walk' || plan === 'scan'
      ? `EXISTS (SELECT 1 FROM ${table} k WHERE k.seq = a.seq AND ${test('+k.')})`
      : `a.seq IN (SELECT seq FROM ${table} k WHERE ${test('k.')})`;
  const conditions: string[] = [];
  const parameters: Parameters = {};
  if (query.from) {
    conditions.push(`${column('published_at')} >= @from`);
    parameters.from = query.from;
  }
  if (query.to) {
    conditions.push(`${column('published_at')} < @before AND a.published_at != ''`);
    parameters.before = dayAfter(query.to);
  }
  if (query.source) {
    conditions.push(`${column('source')} = @source COLLATE NOCASE`);
    parameters.source = query.source;
  }
  if (query.actor) {
    conditions.push(holds('actors', (k) => `${k}actor_key >= @actor AND ${k}actor_key < @actorEnd`));
    parameters.actor = query.actor;
    parameters.actorEnd = `${query.actor}\uffff`;
  }
  if (query.country) {
    conditions.push(holds('actors', (k) => `${k}country = @country`));
    parameters.country = query.country;
  }
  // A root code or QuadClass with a bit of its own is tested on the filter row (event-kinds.ts);
  // any other value, which no event of the pipeline has, through the events table.
  let kinds = 0;
  if (query.root) {
    const bit = rootBit(query.root);
    if (bit !== undefined) kinds |= bit;
    else {
      conditions.push(holds('events', (k) => `${k}root_code = @root`));
      parameters.root = query.root;
    }
  }
  if (query.quad !== undefined) {
    const bit = quadBit(query.quad);
    if (bit !== undefined) kinds |= bit;
    else {
      conditions.push(holds('events', (k) => `${k}quad_class = @quad`));
      parameters.quad = query.quad;
    }
  }
  if (kinds !== 0) {
    conditions.push(`${column('event_kinds')} & @kinds = @kinds`);
    parameters.kinds = kinds;
  }
  if (query.copies === 'exclude') conditions.push(isNotCopy('a.seq'));
  return { conditions, parameters };
}
