import type { ActorSummary } from '../store/store.js';
import { formatTable } from './format-table.js';
import type { Output } from './output.js';

const NAMES_SHOWN = 3;

/** Actors as a table: code, country, how many articles, mentions and events, and their names. */
export function formatActorTable(actors: readonly ActorSummary[], output: Output): string {
  const header = ['CODE', 'COUNTRY', 'ARTICLES', 'MENTIONS', 'AS SOURCE', 'AS TARGET', 'NAMES'];
  const rows = actors.map((actor) => {
    const more = actor.names.length - NAMES_SHOWN;
    const names = actor.names.slice(0, NAMES_SHOWN).join(', ') + (more > 0 ? ` (+${more} more)` : '');
    return [
      actor.code ?? '-',
      actor.country ?? '-',
      String(actor.articles),
      String(actor.mentions),
      String(actor.eventsAsSource),
      String(actor.eventsAsTarget),
      names,
    ];
  });
  return formatTable(header, rows, [2, 3, 4, 5], output);
}
