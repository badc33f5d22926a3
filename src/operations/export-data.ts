import { NewsgraphError } from '../errors.js';
import { csvChunks } from '../export/csv-chunks.js';
import { CSV_TABLE_NAMES, type CsvTableName } from '../export/csv-tables.js';
import { gdeltEventChunks } from '../export/gdelt-event-chunks.js';
import { geojsonChunks } from '../export/geojson-chunks.js';
import { gexfChunks } from '../export/gexf-chunks.js';
import { graphmlChunks } from '../export/graphml-chunks.js';
import { jsonlChunks } from '../export/jsonl-chunks.js';
import type { ExportChunks } from '../export/write-chunks.js';
import type { AggregateEvent, AggregateEventQuery, Store } from '../store/store.js';
import {
  EXPORT_PAGE_SIZE,
  type ExportFilter,
  type ExportFilters,
  parseExportFilters,
  readArticleJsonPages,
  readArticlePages,
} from './export-filters.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'gexf', 'graphml', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  format: string;
  filters: ExportFilters;
  /** For `csv`: the table (articles, events, quotes, actors). */
  table?: string;
  /** For `gexf` and `graphml`: the actors in most events, at most this many (default 50). */
  nodes?: number;
}

/**
 * The export as chunks of text (or of its UTF-8 bytes) to write in order, read from the store as
 * they are written: the articles a page at a time (jsonl, csv, geojson), the aggregate events a
 * page at a time (gdelt), or the actor network (gexf, graphml), whose size is bounded by its
 * number of nodes. Throws a usage error for a format or table that does not exist, or a filter
 * that is not valid.
 */
export function exportData(store: Store, request: ExportRequest): ExportChunks {
  const format = exportFormat(request.format);
  const filter = parseExportFilters(request.filters);
  if (format === 'gexf' || format === 'graphml') {
    return networkChunks(store, format, { ...filter, nodes: request.nodes ?? 50 });
  }
  if (format === 'gdelt') return gdeltEventChunks(aggregatePages(store, aggregateQuery(filter)));
  if (format === 'jsonl') return jsonlChunks(readArticleJsonPages(store, filter));
  const pages = readArticlePages(store, filter);
  if (format === 'geojson') return geojsonChunks(pages);
  return csvChunks(csvTable(request.table ?? 'articles'), pages);
}

async function* networkChunks(
  store: Store,
  format: 'gexf' | 'graphml',
  query: Parameters<Store['actorNetwork']>[0],
): AsyncGenerator<string> {
  const network = await store.actorNetwork(query);
  yield* format === 'gexf' ? gexfChunks(network) : graphmlChunks(network);
}

/**
 * The gdelt export's filters on aggregate events: dates overlapping their first to last day, an
 * actor code on either side. An aggregate has many sources, so `--source` does not apply.
 */
function aggregateQuery(filter: ExportFilter): AggregateEventQuery {
  if (filter.source !== undefined) {
    throw new NewsgraphError(
      'USAGE',
      `export source: the gdelt export writes aggregate events, which have many sources; leave out the source (got "${filter.source}")`,
    );
  }
  const { source: _source, ...query } = filter;
  return query;
}

/**
 * Every aggregate event that matches, a page at a time in id order, each page read from the id
 * where the one before ended: paging by offset made the store skip every event before the page
 * again, which grew with the square of the export.
 */
async function* aggregatePages(store: Store, query: AggregateEventQuery): AsyncGenerator<AggregateEvent[]> {
  for (let after: string | undefined; ; ) {
    const events = await store.scanAggregateEvents({ ...query, after, limit: EXPORT_PAGE_SIZE });
    if (events.length > 0) yield events;
    if (events.length < EXPORT_PAGE_SIZE) return;
    after = events.at(-1)?.id;
  }
}

export function exportFormat(format: string): ExportFormat {
  const known = EXPORT_FORMATS.find((name) => name === format);
  if (!known) {
    throw new NewsgraphError(
      'USAGE',
      `export format: expected one of ${EXPORT_FORMATS.join(', ')} (got "${format}")`,
    );
  }
  return known;
}

export function csvTable(table: string): CsvTableName {
  const known = CSV_TABLE_NAMES.find((name) => name === table);
  if (!known) {
    throw new NewsgraphError(
      'USAGE',
      `export table: expected one of ${CSV_TABLE_NAMES.join(', ')} (got "${table}")`,
    );
  }
  return known;
}
