import type { AnnotatedArticle } from '../document/annotations.js';
import { formatGdeltLine } from '../formats/gdelt/format-gdelt-line.js';
import { gdeltRowOfEvent } from '../formats/gdelt/gdelt-row-of-event.js';

/**
 * Every coded event of the articles as a GDELT 2.0 Event row, a page of articles per chunk,
 * without a header line (GDELT's files have none).
 */
export async function* gdeltChunks(pages: AsyncIterable<AnnotatedArticle[]>): AsyncGenerator<string> {
  for await (const page of pages) {
    let chunk = '';
    for (const article of page) {
      for (const event of article.events ?? []) chunk += formatGdeltLine(gdeltRowOfEvent(article, event));
    }
    if (chunk) yield chunk;
  }
}
