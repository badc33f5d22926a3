import type { SearchHit } from '../store/store.js';
import { bold, type Output } from './output.js';

/** One search result: rank, title, where it is from, and the snippet with its matches marked. */
export function formatSearchHit(hit: SearchHit, rank: number, output: Output): string {
  const { article } = hit;
  const meta = [article.id, article.source || 'no source', article.publishedAt || 'no date'].join(' · ');
  return [
    `${String(rank).padStart(3)}. ${bold(article.title, output)}`,
    `     ${meta}`,
    `     ${markSnippet(hit, output)}`,
    '',
  ].join('\n');
}

function markSnippet(hit: SearchHit, output: Output): string {
  let marked = '';
  let cursor = 0;
  for (const span of hit.highlights) {
    const word = hit.snippet.slice(span.start, span.end);
    marked += hit.snippet.slice(cursor, span.start) + (output.isTTY ? bold(word, output) : `[${word}]`);
    cursor = span.end;
  }
  return marked + hit.snippet.slice(cursor);
}
