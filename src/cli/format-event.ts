import type { Actor, EventParticipant, NewsEvent } from '../document/annotations.js';
import { type CameoCodes, describeEventCode, loadCameoCodes } from '../stages/events/cameo-codes.js';

let cameoCodes: CameoCodes | undefined;

/**
 * One event on one line: when, its CAMEO code and what the code means, its QuadClass, who to
 * whom, the verb with the event's flags, and where:
 * `2018-06-15  040 Consult  quad 1  ISRGOV Netanyahu -> RUSMIL Ivanovsky  (met)  in Jerusalem`.
 * Given the article's actors, a side the text names otherwise than its actor ("He", "the prime
 * minister") shows the actor's name first: `ISRGOV Netanyahu ("He")`.
 */
export function formatEventLine(event: NewsEvent, actors: readonly Actor[] = []): string {
  const side = (participant: EventParticipant) => formatSide(participant, actors);
  const flags = [event.negated ? 'negated' : '', event.hypothetical ? 'hypothetical' : ''].filter(Boolean);
  const parts = [
    event.date || 'no date',
    [event.code, eventCodeName(event.code)].filter(Boolean).join(' '),
    `quad ${event.quadClass}`,
    `${side(event.source)} -> ${side(event.target)}`,
    `(${event.verb.text}${flags.length > 0 ? `; ${flags.join(', ')}` : ''})`,
  ];
  if (event.place) parts.push(`in ${event.place.text}`);
  return parts.join('  ');
}

/** The code's name in the CAMEO table without its "not specified below" ("040": "Consult"). */
export function eventCodeName(code: string): string {
  cameoCodes ??= loadCameoCodes();
  const name = describeEventCode(cameoCodes, code)?.name ?? '';
  return name.replace(/, not specified below$/, '');
}

function formatSide(participant: EventParticipant, actors: readonly Actor[]): string {
  const actor = actors.find((each) => each.id === participant.actorId);
  const named =
    actor && actor.name !== participant.text ? `${actor.name} ("${participant.text}")` : participant.text;
  return participant.code ? `${participant.code} ${named}` : named;
}
