import type { EventParticipant } from '../document/annotations.js';
import type { StoredEvent } from '../store/store.js';
import { bold, type Output } from './output.js';

/** One event: when, what (code, QuadClass, verb), who to whom, the sentence that says so, and its article. */
export function formatStoredEvent(stored: StoredEvent, rank: number, output: Output): string {
  const { event, article } = stored;
  const flags = [event.negated ? 'negated' : '', event.hypothetical ? 'hypothetical' : ''].filter(Boolean);
  const what = [
    event.date || 'no date',
    event.code,
    `quad ${event.quadClass}`,
    `${side(event.source)} -> ${side(event.target)}`,
    `(${event.verb.text}${flags.length > 0 ? `; ${flags.join(', ')}` : ''})`,
  ].join('  ');
  const meta = [article.title, article.source || 'no source', article.publishedAt || 'no date', article.id];
  return [
    `${String(rank).padStart(3)}. ${bold(what, output)}`,
    `     ${stored.evidence}`,
    `     ${meta.join(' · ')}`,
    '',
  ].join('\n');
}

function side(participant: EventParticipant): string {
  return participant.code ? `${participant.code} ${participant.text}` : participant.text;
}
