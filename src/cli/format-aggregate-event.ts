import type { AggregateActor, AggregateEvent } from '../store/store.js';
import { eventCodeName } from './format-event.js';
import { bold, type Output } from './output.js';
import { plural } from './plural.js';

/** One aggregate event: its dates, code, sides and place, then its counts, means, origin and id. */
export function formatAggregateEvent(event: AggregateEvent, rank: number, output: Output): string {
  const dates =
    event.firstSeen === null
      ? 'no date'
      : event.firstSeen === event.lastSeen
        ? event.firstSeen
        : `${event.firstSeen}..${event.lastSeen}`;
  const what = [
    dates,
    [event.code, eventCodeName(event.code)].filter(Boolean).join(' '),
    `quad ${event.quadClass}`,
    `${side(event.source)} -> ${side(event.target)}`,
    ...(event.place ? [`at ${event.place.name}`] : []),
  ].join('  ');
  const counts = [
    plural(event.numMentions, 'mention'),
    plural(event.numArticles, 'article'),
    plural(event.numSources, 'source'),
    `Goldstein ${event.goldstein.toFixed(1)}`,
    ...(event.tone === null ? [] : [`tone ${event.tone.toFixed(1)}`]),
    `${event.origin} ${event.id}`,
  ];
  return [`${String(rank).padStart(3)}. ${bold(what, output)}`, `     ${counts.join(' · ')}`, ''].join('\n');
}

function side(actor: AggregateActor): string {
  const words = [actor.code, actor.name].filter((part): part is string => Boolean(part));
  return words.length > 0 ? words.join(' ') : '(none)';
}
