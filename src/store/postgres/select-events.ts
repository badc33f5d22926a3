import type { Pool } from 'pg';
import type { NewsEvent } from '../../document/annotations.js';
import { composeText, PARAGRAPH_SEPARATOR } from '../../document/article.js';
import type { EventList, EventQuery } from '../store.js';
import { eventConditions } from './event-conditions.js';
import { QueryParameters } from './query-parameters.js';

interface EventPageRow {
  id: string;
  title: string;
  source: string;
  published_at: string;
  url: string;
  lede: string;
  body: string;
  event: NewsEvent;
}

// Undated events (a null date) last: PostgreSQL puts nulls first when descending.
const ORDER = 'ORDER BY e.event_date DESC NULLS LAST, e.seq DESC, e.event_index';

/**
 * Filters and pages the narrow `events` table, then reads each event of the page from its
 * article's annotations and its sentence from the article's text (composed here: SQL would count
 * characters, not the UTF-16 units of the spans).
 */
export async function selectEvents(pool: Pool, query: EventQuery): Promise<EventList> {
  const parameters = new QueryParameters();
  const { from } = eventConditions(query, parameters);
  const filterValues = [...parameters.values];
  const [count, page] = await Promise.all([
    pool.query<{ total: number }>(`SELECT count(*)::int AS total ${from}`, filterValues),
    pool.query<EventPageRow>(
      `SELECT a.id, a.title, a.source, a.published_at, a.url, a.lede, a.body,
         a.annotations -> 'events' -> e.event_index AS event
       FROM (
         SELECT e.article_id, e.published_month, e.event_index, e.event_date, e.seq ${from}
         ${ORDER} LIMIT ${parameters.add(query.limit ?? 20)} OFFSET ${parameters.add(query.offset ?? 0)}
       ) AS e
       JOIN articles a ON a.id = e.article_id AND a.published_month = e.published_month
       ${ORDER}`,
      parameters.values,
    ),
  ]);
  const texts = new Map<string, string>();
  const events = page.rows.map((row) => {
    let text = texts.get(row.id);
    if (text === undefined) {
      text = composeText(row.title, row.lede, row.body.split(PARAGRAPH_SEPARATOR)).text;
      texts.set(row.id, text);
    }
    return {
      article: {
        id: row.id,
        title: row.title,
        source: row.source,
        publishedAt: row.published_at,
        url: row.url,
      },
      event: row.event,
      evidence: text.slice(row.event.sentence.start, row.event.sentence.end),
    };
  });
  return { events, total: count.rows[0]?.total ?? 0 };
}
