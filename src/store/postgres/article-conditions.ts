import { dayAfter } from '../day-after.js';
import type { ArticleQuery } from '../store.js';
import { isNotCopy } from './duplicate-index.js';
import type { QueryParameters } from './query-parameters.js';

/**
 * The article browser's filters as conditions on `articles a`. What an article's annotations hold
 * (actors, countries, events) is `listed`: the articles that have it, gathered once (the browser
 * counts and sorts every match); or `tested`: looked up by the article's key as a walk in storing
 * order reaches it (`scanArticles`, where a list would be gathered again for each page).
 */
export function articleConditions(
  query: ArticleQuery,
  parameters: QueryParameters,
  annotations: 'listed' | 'tested' = 'listed',
): string[] {
  // The article has a row in `table` for which `test` holds.
  const holds = (table: string, test: string) =>
    annotations === 'listed'
      ? `a.id IN (SELECT article_id FROM ${table} WHERE ${test})`
      : `EXISTS (SELECT 1 FROM ${table} x WHERE x.article_id = a.id AND x.published_month = a.published_month
           AND ${test})`;
  const conditions: string[] = [];
  if (query.from) conditions.push(`a.published_at >= ${parameters.add(query.from)}`);
  if (query.to)
    conditions.push(`a.published_at < ${parameters.add(dayAfter(query.to))} AND a.published_at != ''`);
  if (query.source) conditions.push(`lower(a.source) = lower(${parameters.add(query.source)})`);
  if (query.actor) {
    conditions.push(
      holds(
        'actors',
        `actor_key >= ${parameters.add(query.actor)} AND actor_key < ${parameters.add(`${query.actor}\uffff`)}`,
      ),
    );
  }
  if (query.country) conditions.push(holds('actors', `country = ${parameters.add(query.country)}`));
  if (query.root) conditions.push(holds('events', `root_code = ${parameters.add(query.root)}`));
  if (query.quad !== undefined)
    conditions.push(holds('events', `quad_class = ${parameters.add(query.quad)}`));
  if (query.copies === 'exclude') conditions.push(isNotCopy('a.id'));
  return conditions;
}
