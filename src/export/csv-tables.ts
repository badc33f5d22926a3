import type { AnnotatedArticle } from '../document/annotations.js';
import type { CsvValue } from './csv-cell.js';

export const CSV_TABLE_NAMES = ['articles', 'events', 'quotes', 'actors'] as const;
export type CsvTableName = (typeof CSV_TABLE_NAMES)[number];

/** A table of the CSV export: its header and the rows one article gives. */
export interface CsvTable {
  columns: readonly string[];
  rows(article: AnnotatedArticle): CsvValue[][];
}

const nameOf = (article: AnnotatedArticle, actorId: string | null | undefined) =>
  actorId ? (article.actors?.find((actor) => actor.id === actorId)?.name ?? null) : null;

/**
 * The four tables, joined on `article_id` (and `actor_id` within an article). Offsets are UTF-16
 * code units of the article's text, as in the annotated-article contract.
 */
export const CSV_TABLES: Readonly<Record<CsvTableName, CsvTable>> = {
  articles: {
    columns: [
      'article_id',
      'published_at',
      'source',
      'title',
      'lede',
      'url',
      'language',
      'authors',
      'tone',
      'events',
      'quotes',
      'actors',
    ],
    rows: (article) => [
      [
        article.id,
        article.publishedAt,
        article.source,
        article.title,
        article.lede,
        article.url,
        article.language,
        article.authors.join('; '),
        article.tone?.score,
        article.events?.length,
        article.quotes?.length,
        article.actors?.length,
      ],
    ],
  },
  events: {
    columns: [
      'article_id',
      'event_id',
      'date',
      'source_code',
      'source_actor_id',
      'source_text',
      'target_code',
      'target_actor_id',
      'target_text',
      'code',
      'root_code',
      'quad_class',
      'goldstein',
      'verb',
      'negated',
      'hypothetical',
      'place',
      'lat',
      'lon',
      'confidence',
      'sentence_start',
      'sentence_end',
      'evidence',
    ],
    rows: (article) =>
      (article.events ?? []).map((event) => [
        article.id,
        event.id,
        event.date,
        event.source.code,
        event.source.actorId,
        event.source.text,
        event.target.code,
        event.target.actorId,
        event.target.text,
        event.code,
        event.rootCode,
        event.quadClass,
        event.goldstein,
        event.verb.text,
        event.negated,
        event.hypothetical,
        event.place?.text,
        event.place?.lat,
        event.place?.lon,
        event.confidence,
        event.sentence.start,
        event.sentence.end,
        article.text.slice(event.sentence.start, event.sentence.end),
      ]),
  },
  quotes: {
    columns: [
      'article_id',
      'quote_number',
      'direct',
      'text',
      'start',
      'end',
      'cue',
      'speaker_text',
      'speaker_actor_id',
      'speaker_name',
    ],
    rows: (article) =>
      (article.quotes ?? []).map((quote, index) => [
        article.id,
        index + 1,
        quote.direct,
        quote.text,
        quote.start,
        quote.end,
        quote.cue?.text,
        quote.speaker?.text,
        quote.speaker?.actorId,
        nameOf(article, quote.speaker?.actorId),
      ]),
  },
  actors: {
    columns: ['article_id', 'actor_id', 'name', 'code', 'country', 'roles', 'mentions'],
    rows: (article) =>
      (article.actors ?? []).map((actor) => [
        article.id,
        actor.id,
        actor.name,
        actor.code,
        actor.country,
        actor.roles.join(' '),
        actor.mentions.length,
      ]),
  },
};
