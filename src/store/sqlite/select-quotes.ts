import type { Quote } from '../../document/annotations.js';
import { foldName } from '../actor-key.js';
import { dayAfter } from '../day-after.js';
import type { QuoteList, QuoteQuery } from '../store.js';
import type { PrepareStatement } from './select-events.js';

interface QuotePageRow {
  id: string;
  title: string;
  source: string;
  published_at: string;
  url: string;
  speaker_name: string | null;
  speaker_code: string | null;
  quote: string;
}

// Undated articles (a null date) sort last: SQLite orders nulls first, so last when descending.
const ORDER = 'ORDER BY q.published_at DESC, q.seq DESC, q.quote_index';

/**
 * Filters and pages the narrow `quotes` table, then reads each quote of the page from its
 * article's annotations.
 */
export function selectQuotes(prepare: PrepareStatement, query: QuoteQuery): QuoteList {
  const conditions: string[] = [];
  const parameters: Record<string, string | number> = {};
  const words = foldName(query.speaker ?? '')
    .split(' ')
    .filter(Boolean);
  if (words.length > 0) {
    // Every word is somewhere in the speaker's words: one statement for any number of words.
    conditions.push(
      'NOT EXISTS (SELECT 1 FROM json_each(@words) w WHERE coalesce(instr(q.speaker_words, w.value), 0) = 0)',
    );
    parameters.words = JSON.stringify(words);
  }
  if (query.actor) {
    conditions.push('q.speaker_code >= @actor AND q.speaker_code < @actorEnd');
    parameters.actor = query.actor;
    parameters.actorEnd = `${query.actor}\uffff`;
  }
  if (query.from) {
    conditions.push('q.published_at >= @from');
    parameters.from = query.from;
  }
  if (query.to) {
    conditions.push('q.published_at < @before');
    parameters.before = dayAfter(query.to);
  }
  if (query.source) {
    conditions.push('q.source = @source COLLATE NOCASE');
    parameters.source = query.source;
  }
  const from = `FROM quotes q ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}`;
  const total = prepare<{ total: number }>(`SELECT count(*) AS total ${from}`).get(parameters)?.total ?? 0;
  const rows = prepare<QuotePageRow>(
    `SELECT a.id, a.title, a.source, a.published_at, a.url, q.speaker_name, q.speaker_code,
       json_extract(a.annotations, '$.quotes[' || q.quote_index || ']') AS quote
     FROM (
       SELECT q.seq, q.quote_index, q.published_at, q.speaker_name, q.speaker_code ${from}
       ${ORDER} LIMIT @limit OFFSET @offset
     ) q
     JOIN articles a ON a.seq = q.seq
     ${ORDER}`,
  ).all({ ...parameters, limit: query.limit ?? 20, offset: query.offset ?? 0 });
  const quotes = rows.map((row) => ({
    article: {
      id: row.id,
      title: row.title,
      source: row.source,
      publishedAt: row.published_at,
      url: row.url,
    },
    quote: JSON.parse(row.quote) as Quote,
    speakerName: row.speaker_name,
    speakerCode: row.speaker_code,
  }));
  return { quotes, total };
}
