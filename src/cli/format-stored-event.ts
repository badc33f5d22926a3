import type { StoredEvent } from '../store/store.js';
import { formatEventLine } from './format-event.js';
import { bold, type Output } from './output.js';

/** One event (see `formatEventLine`), the sentence that says so, and its article. */
export function formatStoredEvent(stored: StoredEvent, rank: number, output: Output): string {
  const { event, article } = stored;
  const what = formatEventLine(event);
  const meta = [article.title, article.source || 'no source', article.publishedAt || 'no date', article.id];
  return [
    `${String(rank).padStart(3)}. ${bold(what, output)}`,
    `     ${stored.evidence}`,
    `     ${meta.join(' · ')}`,
    '',
  ].join('\n');
}
