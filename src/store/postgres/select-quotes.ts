import type { Pool } from 'pg';
import type { Quote } from '../../document/annotations.js';
import { foldName } from '../actor-key.js';
import { dayAfter } from '../day-after.js';
import type { QuoteList, QuoteQuery } from '../store.js';
import { QueryParameters } from './query-parameters.js';

interface QuotePageRow {
  id: string;
  title: string;
  source: string;
  published_at: string;
  url: string;
  speaker_name: string | null;
  speaker_code: string | null;
  quote: Quote;
}

// Undated articles (a null date) last: PostgreSQL puts nulls first when descending.
const ORDER = 'ORDER BY q.published_at DESC NULLS LAST, q.seq DESC, q.quote_index';

/**
 * Filters and pages the narrow `quotes` table, then reads each quote of the page from its
 * article's annotations.
 */
export async function selectQuotes(pool: Pool, query: QuoteQuery): Promise<QuoteList> {
  const parameters = new QueryParameters();
  const conditions: string[] = [];
  const words = foldName(query.speaker ?? '')
    .split(' ')
    .filter(Boolean);
  if (words.length > 0) {
    // Every word is somewhere in the speaker's words: one statement for any number of words.
    conditions.push(
      `NOT EXISTS (SELECT 1 FROM unnest(${parameters.add(words)}::text[]) AS word
         WHERE coalesce(strpos(q.speaker_words, word), 0) = 0)`,
    );
  }
  if (query.actor) {
    conditions.push(
      `q.speaker_code >= ${parameters.add(query.actor)} AND q.speaker_code < ${parameters.add(`${query.actor}\uffff`)}`,
    );
  }
  if (query.from) conditions.push(`q.published_at >= ${parameters.add(query.from)}`);
  if (query.to) conditions.push(`q.published_at < ${parameters.add(dayAfter(query.to))}`);
  if (query.source) conditions.push(`lower(q.source) = lower(${parameters.add(query.source)})`);
  const from = `FROM quotes q ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}`;
  const filterValues = [...parameters.values];
  const [count, page] = await Promise.all([
    pool.query<{ total: number }>(`SELECT count(*)::int AS total ${from}`, filterValues),
    pool.query<QuotePageRow>(
      `SELECT a.id, a.title, a.source, a.published_at, a.url, q.speaker_name, q.speaker_code,
         a.annotations -> 'quotes' -> q.quote_index AS quote
       FROM (
         SELECT q.article_id, q.published_month, q.quote_index, q.published_at, q.seq, q.speaker_name,
           q.speaker_code ${from}
         ${ORDER} LIMIT ${parameters.add(query.limit ?? 20)} OFFSET ${parameters.add(query.offset ?? 0)}
       ) AS q
       JOIN articles a ON a.id = q.article_id AND a.published_month = q.published_month
       ${ORDER}`,
      parameters.values,
    ),
  ]);
  const quotes = page.rows.map((row) => ({
    article: {
      id: row.id,
      title: row.title,
      source: row.source,
      publishedAt: row.published_at,
      url: row.url,
    },
    quote: row.quote,
    speakerName: row.speaker_name,
    speakerCode: row.speaker_code,
  }));
  return { quotes, total: count.rows[0]?.total ?? 0 };
}
