import type { AnnotatedArticle } from '../document/annotations.js';
import { csvRecord } from './csv-cell.js';
import { CSV_TABLES, type CsvTableName } from './csv-tables.js';

/** One CSV table of the articles: its header, then a page of articles' rows per chunk. */
export async function* csvChunks(
  table: CsvTableName,
  pages: AsyncIterable<AnnotatedArticle[]>,
): AsyncGenerator<string> {
  const { columns, rows } = CSV_TABLES[table];
  yield csvRecord(columns);
  for await (const page of pages) {
    let chunk = '';
    for (const article of page) for (const row of rows(article)) chunk += csvRecord(row);
    if (chunk) yield chunk;
  }
}
