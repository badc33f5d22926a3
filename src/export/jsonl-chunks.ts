import type { AnnotatedArticle } from '../document/annotations.js';
import { toAnnotatedJson } from '../document/to-annotated-json.js';

/** Each article as the annotated-article contract on one line, a page of them per chunk. */
export async function* jsonlChunks(pages: AsyncIterable<AnnotatedArticle[]>): AsyncGenerator<string> {
  for await (const page of pages) {
    let chunk = '';
    for (const article of page) chunk += `${JSON.stringify(toAnnotatedJson(article))}\n`;
    yield chunk;
  }
}
