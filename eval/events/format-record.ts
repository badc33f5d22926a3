import type { Actor, NewsEvent } from '../../src/document/annotations.js';
import { classifyMistakes, type EventMistake } from './classify-mistakes.js';
import { type CodeComparison, type CodedEvent, type EventTuple, NULL_CODE } from './compare-codes.js';
import type { ValidationRecord } from './read-validation-file.js';
import { matchSentence } from './score-events.js';

/** One record compared: gold and coded events as tuples, and what went wrong. */
export interface RecordComparison {
  gold: { country: EventTuple[]; full: EventTuple[] };
  coded: { country: EventTuple[]; full: EventTuple[] };
  /** Mistakes on (source country, target country, root). */
  mistakes: EventMistake[];
  /** True when the full codes match exactly, each event as many times. */
  isCorrect: boolean;
}

/** The gold events of a record as the comparison reads them. */
export function goldEventsOf(record: ValidationRecord): CodedEvent[] {
  return record.expected.map((event) => ({
    source: event.sourceCode,
    target: event.targetCode,
    code: event.eventCode,
  }));
}

/**
 * Compares a record's gold events with the events newsgraph coded. A gold event coded by nothing
 * says whether the actors stage found its source and target (an actor of the same country), to
 * tell a missed actor from a missed verb; a `---` side cannot be checked.
 */
export function compareRecord(
  record: ValidationRecord,
  actors: readonly Actor[],
  events: readonly NewsEvent[],
  comparison: CodeComparison,
): RecordComparison {
  const gold = goldEventsOf(record);
  const coded: CodedEvent[] = events.map((event) => ({
    source: event.source.code,
    target: event.target.code,
    code: event.code,
  }));
  const result = {
    gold: { country: gold.map(comparison.countryTuple), full: gold.map(comparison.fullTuple) },
    coded: { country: coded.map(comparison.countryTuple), full: coded.map(comparison.fullTuple) },
  };
  const full = matchSentence(result.gold.full, result.coded.full);
  return {
    ...result,
    mistakes: classifyMistakes(result.gold.country, result.coded.country).map((mistake) =>
      mistake.gold && !mistake.predicted
        ? { ...mistake, kind: `${mistake.kind}, ${actorsNote(mistake.gold, actors, comparison)}` }
        : mistake,
    ),
    isCorrect: full.matched === gold.length && full.matched === coded.length,
  };
}

/**
 * A record for `--verbose`: its text, the actors newsgraph found (to tell a missed actor from a
 * missed verb), each gold and coded event with whether it matched on (source country, target
 * country, root) and on full codes, the words of each coded event, and its mistakes.
 */
export function formatRecord(
  record: ValidationRecord,
  actors: readonly Actor[],
  events: readonly NewsEvent[],
  compared: RecordComparison,
  failures: readonly string[],
): string[] {
  const country = matchSentence(compared.gold.country, compared.coded.country);
  const full = matchSentence(compared.gold.full, compared.coded.full);
  const mark = (isMatched: boolean | undefined) => (isMatched ? 'ok' : '--');
  const lines = [
    `${record.id}  [${record.category}] ${record.date}  gold ${compared.gold.full.length}, coded ${events.length}, ` +
      `matched ${country.matched} (full codes ${full.matched})${compared.isCorrect ? '  CORRECT' : ''}`,
    `  ${record.text}`,
    `  actors: ${actors.map((actor) => `${actor.name} ${actor.code ?? '(no code)'}`).join('; ') || '(none)'}`,
  ];
  if (record.expectsNoEvents && compared.gold.full.length === 0) lines.push('  gold   (no events)');
  compared.gold.full.forEach((tuple, index) => {
    lines.push(
      `  gold   ${describeTuple(tuple)}  country ${mark(country.goldMatched[index])}  full ${mark(full.goldMatched[index])}`,
    );
  });
  events.forEach((event, index) => {
    const flags = [event.negated ? 'negated' : '', event.hypothetical ? 'hypothetical' : ''].filter(Boolean);
    lines.push(
      `  coded  ${describeTuple(compared.coded.full[index] as EventTuple)}  country ${mark(country.predictedMatched[index])}` +
        `  full ${mark(full.predictedMatched[index])}  "${event.source.text}" ${event.verb.text} "${event.target.text}"` +
        (flags.length > 0 ? ` [${flags.join(', ')}]` : ''),
    );
  });
  for (const mistake of compared.mistakes) {
    const parts = [
      mistake.gold ? `gold ${mistake.gold.join(' ')}` : '',
      mistake.predicted ? `coded ${mistake.predicted.join(' ')}` : '',
    ].filter(Boolean);
    lines.push(`  mistake: ${mistake.kind} (${parts.join(', ')})`);
  }
  for (const failure of failures) lines.push(`  stage problem: ${failure}`);
  return lines;
}

function actorsNote(gold: EventTuple, actors: readonly Actor[], comparison: CodeComparison): string {
  const found = new Set(actors.map((actor) => comparison.countryOf(actor.code)));
  const missing = (['source', 'target'] as const).filter(
    (_, at) => gold[at] !== NULL_CODE && !found.has(gold[at] as string),
  );
  return missing.length === 0 ? 'its actors found' : `${missing.join(' and ')} not among the actors`;
}

function describeTuple([source, target, code]: EventTuple): string {
  return `${code.padEnd(4)} ${source.padStart(9)} -> ${target.padEnd(9)}`;
}
