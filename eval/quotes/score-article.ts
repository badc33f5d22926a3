import type { Actor, Quote } from '../../src/document/annotations.js';
import { judgeSpeaker, type SpeakerJudgement } from './judge-speaker.js';
import { type MatchedBy, matchQuotations, overlapOf } from './match-quotations.js';
import type { GoldArticle, GoldQuote, GoldTerm, Split } from './quote-set.js';

/** What became of one gold quotation. */
export interface QuoteOutcome {
  gold: GoldQuote;
  /** The prediction matched to it. */
  predicted?: Quote;
  /** Whether the prediction matched the quoted words (or a part of them) or the clause around them. */
  matchedBy?: MatchedBy;
  /** Whether the prediction's `direct` fits: equal to the gold one, or either when it gave the clause. */
  isKindRight?: boolean;
  /** Of a matched quotation: whether its speaker is right, and why not. */
  speaker?: SpeakerJudgement;
  /** Of a matched quotation with a gold cue: whether the predicted cue overlaps it. */
  isCueRight?: boolean;
}

/** One mistake, of a kind that `--verbose` counts ("missed fragment quotation"). */
export interface Mistake {
  kind: string;
  gold?: GoldQuote | GoldTerm;
  predicted?: Quote;
}

/**
 * Totals that add up over articles. The "found" and "right" counts take a match only when its
 * `direct` fits (`QuoteOutcome.isKindRight`): gold ones counted by their kind, predicted ones by theirs.
 */
export interface ScoreCounts {
  gold: number;
  goldDirect: number;
  predicted: number;
  predictedDirect: number;
  matched: number;
  goldDirectFound: number;
  goldIndirectFound: number;
  predictedDirectRight: number;
  predictedIndirectRight: number;
  speakersRight: number;
  /** Matched quotations whose speaker is the right person or body, its actor code aside. */
  speakerNamesRight: number;
  cuesJudged: number;
  cuesRight: number;
  terms: number;
  termsRejected: number;
}

export interface ArticleScore {
  file: string;
  split: Split;
  /** The article was annotated blind (`GoldArticle.blind`). */
  blind: boolean;
  outcomes: QuoteOutcome[];
  /** Each term and the predictions that quote it (none when it was rejected). */
  terms: Array<{ term: GoldTerm; predicted: Quote[] }>;
  /** Predictions that match no gold quotation and no term. */
  extras: Quote[];
  counts: ScoreCounts;
  mistakes: Mistake[];
}

/**
 * Scores one article's predicted quotations against its gold ones (see `matchQuotations`), judges
 * the speaker and cue of each match, and names every mistake. `actors` are the article's actors,
 * which predicted speakers point to by `actorId`.
 */
export function scoreArticle(
  gold: GoldArticle,
  predicted: readonly Quote[],
  actors: readonly Actor[],
): ArticleScore {
  const matching = matchQuotations(gold.quotes, gold.terms, predicted);
  const mistakes: Mistake[] = [];
  const outcomes = gold.quotes.map((quote, g): QuoteOutcome => {
    const match = predicted[matching.goldToPredicted[g] ?? -1];
    const matchedBy = matching.matchedBy[g];
    if (!match || !matchedBy) return { gold: quote };
    const speaker = judgeSpeaker(quote.speaker, match.speaker, actors);
    const isCueRight = quote.cue ? match.cue !== undefined && overlapOf(quote.cue, match.cue) > 0 : undefined;
    const isKindRight = matchedBy === 'clause' || match.direct === quote.direct;
    if (!isKindRight)
      mistakes.push({
        kind: `${quote.direct ? 'direct' : 'indirect'} given as ${match.direct ? 'direct' : 'indirect'} (${quote.style})`,
        gold: quote,
        predicted: match,
      });
    if (speaker.mistake)
      mistakes.push({
        kind: `${speaker.mistake} (speaker as ${quote.speaker.form})`,
        gold: quote,
        predicted: match,
      });
    if (isCueRight === false)
      mistakes.push({ kind: match.cue ? 'other cue words' : 'no cue', gold: quote, predicted: match });
    return {
      gold: quote,
      predicted: match,
      matchedBy,
      isKindRight,
      speaker,
      ...(isCueRight === undefined ? {} : { isCueRight }),
    };
  });

  const leftOver = new Set(predicted.flatMap((_quote, p) => (matching.roles[p] === 'unmatched' ? [p] : [])));
  for (const outcome of outcomes) {
    if (outcome.predicted) continue;
    const near = [...leftOver].find((p) => overlapsGold(outcome.gold, predicted[p] as Quote));
    if (near === undefined) {
      mistakes.push({ kind: `missed ${outcome.gold.style} quotation`, gold: outcome.gold });
      continue;
    }
    leftOver.delete(near);
    const prediction = predicted[near] as Quote;
    mistakes.push({
      kind: `span ${howOff(outcome.gold, prediction)} (${outcome.gold.style})`,
      gold: outcome.gold,
      predicted: prediction,
    });
  }
  const terms = gold.terms.map((term, t) => ({
    term,
    predicted: (matching.termHits[t] ?? []).map((p) => predicted[p] as Quote),
  }));
  for (const { term, predicted: hits } of terms)
    for (const hit of hits)
      mistakes.push({ kind: `${term.kind} taken as speech`, gold: term, predicted: hit });
  const extras = [...leftOver].map((p) => predicted[p] as Quote);
  for (const extra of extras) {
    const around = gold.quotes.some((quote) => extra.start <= quote.start && extra.end >= quote.end);
    const kind = `extra ${extra.direct ? 'direct' : 'indirect'} quotation${around ? ' around a gold one' : ''}`;
    mistakes.push({ kind, predicted: extra });
  }

  const counted = predicted.filter((_quote, p) => matching.roles[p] !== 'absorbed');
  const matched = outcomes.filter((outcome) => outcome.predicted);
  const fitting = matched.filter((outcome) => outcome.isKindRight);
  const counts: ScoreCounts = {
    gold: outcomes.length,
    goldDirect: outcomes.filter((outcome) => outcome.gold.direct).length,
    predicted: counted.length,
    predictedDirect: counted.filter((quote) => quote.direct).length,
    matched: matched.length,
    goldDirectFound: fitting.filter((outcome) => outcome.gold.direct).length,
    goldIndirectFound: fitting.filter((outcome) => !outcome.gold.direct).length,
    predictedDirectRight: fitting.filter((outcome) => outcome.predicted?.direct).length,
    predictedIndirectRight: fitting.filter((outcome) => !outcome.predicted?.direct).length,
    speakersRight: matched.filter((outcome) => outcome.speaker?.isRight).length,
    speakerNamesRight: matched.filter((outcome) => outcome.speaker && isNameRight(outcome.speaker)).length,
    cuesJudged: matched.filter((outcome) => outcome.isCueRight !== undefined).length,
    cuesRight: matched.filter((outcome) => outcome.isCueRight).length,
    terms: terms.length,
    termsRejected: terms.filter((entry) => entry.predicted.length === 0).length,
  };
  return { file: gold.file, split: gold.split, blind: gold.blind, outcomes, terms, extras, counts, mistakes };
}

/** The right speaker, or the right name with a missing or wrong actor code (the actors stage's part). */
function isNameRight(judgement: SpeakerJudgement): boolean {
  return (
    judgement.isRight ||
    judgement.mistake === 'speaker without actor code' ||
    judgement.mistake === 'wrong actor code'
  );
}

function overlapsGold(quote: GoldQuote, span: Quote): boolean {
  return overlapOf(quote, span) > 0;
}

function howOff(gold: GoldQuote, predicted: Quote): string {
  if (predicted.start <= gold.start && predicted.end >= gold.end) return 'too long';
  if (predicted.start >= gold.start && predicted.end <= gold.end) return 'too short';
  return 'shifted';
}
