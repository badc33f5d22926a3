import type Database from 'better-sqlite3';
import type { NewsEvent } from '../../document/annotations.js';
import { composeText, PARAGRAPH_SEPARATOR } from '../../document/article.js';
import type { EventList, EventQuery } from '../store.js';
import { eventConditions } from './event-conditions.js';
import type { SummaryRow } from './select-match-hits.js';

export type Parameters = Record<string, string | number>;
/** A statement for this SQL, prepared once per store. */
export type PrepareStatement = <Row>(sql: string) => Database.Statement<Parameters, Row>;

interface EventPageRow extends SummaryRow {
  lede: string;
  body: string;
  event: string;
}

const ORDER = 'ORDER BY e.event_date DESC, e.seq DESC, e.event_index';

/**
 * Filters and pages the narrow `events` table, then reads each event of the page from its
 * article's annotations and its sentence from the article's text (composed here: SQL would count
 * characters, not the UTF-16 units of the spans).
 */
export function selectEvents(prepare: PrepareStatement, query: EventQuery): EventList {
  const { from, parameters } = eventConditions(query);
  const total = prepare<{ total: number }>(`SELECT count(*) AS total ${from}`).get(parameters)?.total ?? 0;
  const rows = prepare<EventPageRow>(
    `SELECT e.seq, a.id, a.title, a.source, a.published_at, a.url, a.lede, a.body,
       json_extract(a.annotations, '$.events[' || e.event_index || ']') AS event
     FROM (SELECT e.seq, e.event_index, e.event_date ${from} ${ORDER} LIMIT @limit OFFSET @offset) e
     JOIN articles a ON a.seq = e.seq
     ${ORDER}`,
  ).all({ ...parameters, limit: query.limit ?? 20, offset: query.offset ?? 0 });
  const texts = new Map<number, string>();
  const events = rows.map((row) => {
    let text = texts.get(row.seq);
    if (text === undefined) {
      text = composeText(row.title, row.lede, row.body.split(PARAGRAPH_SEPARATOR)).text;
      texts.set(row.seq, text);
    }
    const event: NewsEvent = JSON.parse(row.event);
    return {
      article: {
        id: row.id,
        title: row.title,
        source: row.source,
        publishedAt: row.published_at,
        url: row.url,
      },
      event,
      evidence: text.slice(event.sentence.start, event.sentence.end),
    };
  });
  return { events, total };
}
