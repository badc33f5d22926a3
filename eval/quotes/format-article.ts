import type { Actor, Quote } from '../../src/document/annotations.js';
import type { GoldSpeaker } from './quote-set.js';
import type { ArticleScore } from './score-article.js';

const MAX_WORDS_SHOWN = 70;

/**
 * The `--verbose` lines of one article: each gold quotation beside the prediction matched to it and
 * both speakers, each term, each extra prediction, each with the kind of mistake it makes.
 */
export function formatArticle(score: ArticleScore, actors: readonly Actor[]): string[] {
  const { counts } = score;
  const lines = [
    `== ${score.file} (${score.split}): gold ${counts.gold}, predicted ${counts.predicted}, matched ${counts.matched}; ` +
      `speakers right ${counts.speakersRight} of ${counts.matched}; terms rejected ${counts.termsRejected} of ${counts.terms}`,
  ];
  const mistakesOf = (quote: object) =>
    score.mistakes.filter((mistake) => mistake.gold === quote).map((mistake) => mistake.kind);
  for (const outcome of score.outcomes) {
    const { gold, predicted } = outcome;
    const kinds = mistakesOf(gold);
    const status = !predicted
      ? kinds.some((kind) => kind.startsWith('span'))
        ? 'SPAN'
        : 'MISSED'
      : kinds.length > 0
        ? 'WRONG'
        : 'ok';
    lines.push(`  ${status.padEnd(7)}[${gold.style}] ${shown(gold.text)}`);
    lines.push(`           gold speaker: ${goldSpeakerOf(gold.speaker)}`);
    const near = predicted ?? score.mistakes.find((mistake) => mistake.gold === gold)?.predicted;
    if (near) {
      lines.push(`           predicted:    ${near.direct ? 'direct' : 'indirect'} ${shown(near.text)}`);
      lines.push(`           its speaker:  ${predictedSpeakerOf(near, actors)}`);
    }
    for (const kind of kinds) lines.push(`           mistake:      ${kind}`);
  }
  for (const { term, predicted } of score.terms) {
    const status = predicted.length === 0 ? 'ok' : 'TERM';
    lines.push(
      `  ${status.padEnd(7)}${term.kind} ${shown(term.text)}${predicted.length > 0 ? ' taken as speech' : ' not speech'}`,
    );
    for (const quote of predicted)
      lines.push(`           its speaker:  ${predictedSpeakerOf(quote, actors)}`);
  }
  for (const extra of score.extras) {
    lines.push(`  EXTRA  ${extra.direct ? 'direct' : 'indirect'} ${shown(extra.text)}`);
    lines.push(`           its speaker:  ${predictedSpeakerOf(extra, actors)}`);
  }
  return lines;
}

/** Kinds of mistake with their counts, most common first, each with its count per split. */
export function countMistakes(scores: readonly ArticleScore[]): string[] {
  const byKind = new Map<string, { dev: number; test: number }>();
  for (const score of scores)
    for (const mistake of score.mistakes) {
      const entry = byKind.get(mistake.kind) ?? { dev: 0, test: 0 };
      byKind.set(mistake.kind, entry);
      entry[score.split] += 1;
    }
  return [...byKind]
    .sort((a, b) => b[1].dev + b[1].test - (a[1].dev + a[1].test) || a[0].localeCompare(b[0]))
    .map(
      ([kind, { dev, test }]) =>
        `${String(dev + test).padStart(5)}  (dev ${String(dev).padStart(3)}, test ${String(test).padStart(3)})  ${kind}`,
    );
}

function goldSpeakerOf(speaker: GoldSpeaker): string {
  const code = speaker.code ? ` ${speaker.code}` : speaker.isDescription ? ' (a description)' : '';
  return `${speaker.name}${code}, as "${speaker.mention.text}" (${speaker.form})`;
}

function predictedSpeakerOf(quote: Quote, actors: readonly Actor[]): string {
  if (!quote.speaker) return 'none';
  const actor =
    quote.speaker.actorId === null ? undefined : actors.find((each) => each.id === quote.speaker?.actorId);
  const resolved = actor ? `${actor.id} ${actor.name} ${actor.code ?? '(no code)'}` : 'no actor';
  return `"${quote.speaker.text}" -> ${resolved}${quote.cue ? `; cue "${quote.cue.text}"` : '; no cue'}`;
}

function shown(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return `"${flat.length > MAX_WORDS_SHOWN ? `${flat.slice(0, MAX_WORDS_SHOWN - 1)}…` : flat}"`;
}
