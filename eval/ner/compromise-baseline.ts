import nlp from 'compromise';
import type { LabeledSentence } from '../../training/corpora/labeled-sentence.js';
import { cpuMs } from './measure-throughput.js';

type CompromiseDoc = ReturnType<typeof nlp>;

/** A selection of compromise matches, as far as it is used here. */
interface MatchSelection {
  json: (options: { offset: boolean }) => unknown;
}

/** compromise's people, places and organizations, as CoNLL types; compromise has nothing like MISC. */
const ENTITY_SELECTORS: readonly { type: string; select: (doc: CompromiseDoc) => MatchSelection }[] = [
  { type: 'PER', select: (doc) => doc.people() },
  { type: 'LOC', select: (doc) => doc.places() },
  { type: 'ORG', select: (doc) => doc.organizations() },
];

/** A compromise match: `length` UTF-16 units of the sentence text from `start`. */
export interface CharacterMatch {
  type: string;
  start: number;
  length: number;
}

/** compromise's predictions for each sentence and its speed, for comparison with newsgraph's tagger. */
export interface CompromiseRun {
  /** IOB2 tags (PER, LOC, ORG), one array per input sentence, one tag per word. */
  predicted: string[][];
  /** Words per second of time spent inside compromise, on this one thread. */
  tokensPerSecond: number;
  /** The same per second of CPU time of this process (see `measureThroughput`). */
  tokensPerCpuSecond: number;
}

/**
 * Tags each sentence with compromise: its words joined by single spaces, and each word inside a person,
 * place or organization match tagged with that type. Only the compromise calls are timed.
 */
export function runCompromise(sentences: readonly LabeledSentence[]): CompromiseRun {
  // The first call builds compromise's lexicon; keep that one-time cost out of the throughput.
  findMatches('Warm up in London.');
  let compromiseMs = 0;
  let compromiseCpuMs = 0;
  let wordCount = 0;
  const predicted = sentences.map(({ words }) => {
    const text = words.join(' ');
    const startMs = performance.now();
    const startCpuMs = cpuMs();
    const matches = findMatches(text);
    compromiseCpuMs += cpuMs() - startCpuMs;
    compromiseMs += performance.now() - startMs;
    wordCount += words.length;
    return tagWords(words, matches);
  });
  const perSecond = (ms: number) => (ms === 0 ? 0 : wordCount / (ms / 1000));
  return {
    predicted,
    tokensPerSecond: perSecond(compromiseMs),
    tokensPerCpuSecond: perSecond(compromiseCpuMs),
  };
}

/** What `.json({ offset: true })` gives for each match, as far as it is read here. */
interface JsonMatch {
  terms: { offset: { start: number; length: number } }[];
}

function findMatches(text: string): CharacterMatch[] {
  const doc = nlp(text);
  return ENTITY_SELECTORS.flatMap(({ type, select }) =>
    (select(doc).json({ offset: true }) as JsonMatch[]).flatMap(({ terms }) => {
      // The match's own offset runs on over the punctuation after its last term ("Ivanov (" in
      // "Andrei Ivanov ( Russia )"), so the span is taken from its first and last terms.
      const first = terms[0]?.offset;
      const last = terms.at(-1)?.offset;
      if (first === undefined || last === undefined) return [];
      return [{ type, start: first.start, length: last.start + last.length - first.start }];
    }),
  );
}

/**
 * IOB2 tags for words joined by single spaces, from character matches: a word belongs to a match when it
 * lies wholly inside it. A match that overlaps words already taken by an earlier one is skipped, so people
 * win over places and places over organizations.
 */
export function tagWords(words: readonly string[], matches: readonly CharacterMatch[]): string[] {
  const tags = words.map(() => 'O');
  const wordStarts: number[] = [];
  let offset = 0;
  for (const word of words) {
    wordStarts.push(offset);
    offset += word.length + 1;
  }
  for (const match of matches) {
    const matchEnd = match.start + match.length;
    const inside = words.flatMap((word, index) => {
      const wordStart = wordStarts[index] ?? 0;
      return wordStart >= match.start && wordStart + word.length <= matchEnd ? [index] : [];
    });
    if (inside.length === 0 || inside.some((index) => tags[index] !== 'O')) continue;
    inside.forEach((index, position) => {
      tags[index] = `${position === 0 ? 'B' : 'I'}-${match.type}`;
    });
  }
  return tags;
}
