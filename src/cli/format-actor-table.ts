import type { ActorSummary } from '../store/store.js';
import { bold, type Output } from './output.js';

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
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  // Counts align right, words left; the last column is not padded.
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        if (column === cells.length - 1) return cell;
        const width = widths[column] ?? 0;
        return column >= 2 ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ');
  return [bold(line(header), output), ...rows.map(line)].join('\n');
}
