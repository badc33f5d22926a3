import type { ChainMention, CorefChain, EntityType } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';
import { nameWords } from './group-person-names.js';
import { type Gender, titleMatches } from './person-titles.js';

/** A word or phrase that may join a chain, found by the stage, with the index of its first token. */
export type Cue = Span & { token: number } & (
    | { kind: 'name'; key: string; type: EntityType; title?: string; gender?: Gender }
    | { kind: 'description'; title: string }
    | { kind: 'body'; key: string }
    | { kind: 'pronoun'; gender: Gender }
  );

/** Where each token is: its sentence, its paragraph, whether it is quoted. */
export interface TokenPlaces {
  sentence: readonly number[];
  paragraph: readonly number[];
  quoted: readonly boolean[];
  /** Whether each token holds a letter or digit (not punctuation or a quotation mark). */
  hasLetters: readonly boolean[];
  /** Whether a sentence is the first of its paragraph. */
  opensParagraph(sentence: number): boolean;
}

interface ChainState {
  type: EntityType;
  mentions: ChainMention[];
  titles: string[];
  gender?: Gender;
  lastStart: number;
}

interface PersonMention {
  chain: ChainState;
  sentence: number;
  paragraph: number;
  quoted: boolean;
}

/** A pronoun reaches back over quoted words at most this many tokens, so a long sentence stays linear. */
const MAX_REACH_TOKENS = 400;
/** A pronoun looks back over at most this many person mentions, so a crowded sentence stays linear. */
const MAX_LOOKBACK = 50;

/**
 * Builds the chains from cues in text order: names join the chain of their key; a description
 * joins the most recently mentioned person introduced with its title; a pronoun joins the most
 * recent person of its sentence or the one before (the paragraph before, when it opens a
 * paragraph) whose gender it does not contradict, skipping people named inside a quotation when
 * it is outside one. What finds no chain is left out rather than guessed.
 */
export function linkMentions(text: string, cues: readonly Cue[], places: TokenPlaces): CorefChain[] {
  const chains = new Map<string, ChainState>();
  const titled: ChainState[] = [];
  const people: PersonMention[] = [];

  for (const cue of cues) {
    const chain =
      cue.kind === 'name'
        ? nameChain(cue)
        : cue.kind === 'description'
          ? describedChain(cue)
          : cue.kind === 'body'
            ? bodyChain(cue)
            : pronounChain(cue);
    if (!chain) continue;
    chain.mentions.push({
      start: cue.start,
      end: cue.end,
      text: text.slice(cue.start, cue.end),
      kind: cue.kind === 'body' ? 'description' : cue.kind,
    });
    chain.lastStart = cue.start;
    if (chain.type === 'PERSON') {
      const { sentence, paragraph, quoted } = places;
      people.push({
        chain,
        sentence: sentence[cue.token] ?? 0,
        paragraph: paragraph[cue.token] ?? 0,
        quoted: quoted[cue.token] ?? false,
      });
    }
  }

  return [...chains.values()].map((chain, n) => ({
    id: `chain-${n + 1}`,
    name: fullestName(chain.mentions),
    type: chain.type,
    mentions: chain.mentions,
  }));

  function nameChain(cue: Extract<Cue, { kind: 'name' }>): ChainState {
    let chain = chains.get(cue.key);
    if (!chain) {
      chain = { type: cue.type, mentions: [], titles: [], lastStart: cue.start };
      chains.set(cue.key, chain);
    }
    if (cue.title && !chain.titles.includes(cue.title)) {
      if (chain.titles.length === 0) titled.push(chain);
      chain.titles.push(cue.title);
    }
    chain.gender ??= cue.gender;
    return chain;
  }

  /** An institution named by a common noun: one chain per wording ("finance ministry"). */
  function bodyChain(cue: Extract<Cue, { kind: 'body' }>): ChainState {
    let chain = chains.get(cue.key);
    if (!chain) {
      chain = { type: 'ORG', mentions: [], titles: [], lastStart: cue.start };
      chains.set(cue.key, chain);
    }
    return chain;
  }

  function describedChain(cue: Extract<Cue, { kind: 'description' }>): ChainState | undefined {
    let best: ChainState | undefined;
    for (const chain of titled) {
      if (best && chain.lastStart <= best.lastStart) continue;
      if (chain.titles.some((title) => titleMatches(title, cue.title))) best = chain;
    }
    return best;
  }

  /**
   * The earliest sentence a pronoun outside quotations reaches back to over quoted words: the
   * sentence of the last unquoted word before it, in its paragraph or the one before.
   */
  function reachOver(token: number): number {
    const sentence = places.sentence[token] ?? 0;
    const paragraph = places.paragraph[token] ?? 0;
    let at = token - 1;
    const stop = Math.max(-1, token - MAX_REACH_TOKENS);
    while (at > stop && (places.paragraph[at] ?? 0) >= paragraph - 1) {
      if ((places.sentence[at] ?? 0) < sentence && !places.quoted[at] && places.hasLetters[at]) break;
      at--;
    }
    return at > stop && (places.paragraph[at] ?? 0) >= paragraph - 1 ? (places.sentence[at] ?? 0) : sentence;
  }

  function pronounChain(cue: Extract<Cue, { kind: 'pronoun' }>): ChainState | undefined {
    const sentence = places.sentence[cue.token] ?? 0;
    const paragraph = places.paragraph[cue.token] ?? 0;
    const isQuoted = places.quoted[cue.token] ?? false;
    const opens = places.opensParagraph(sentence);
    const reach = isQuoted ? sentence : reachOver(cue.token);
    const stop = Math.max(0, people.length - MAX_LOOKBACK);
    for (let i = people.length - 1; i >= stop; i--) {
      const person = people[i];
      if (!person) break;
      // Outside quotations, the person may be named sentences earlier in the paragraph when the
      // sentences between are quoted words ("Ana Ruiz said… “…. ….,” she said.").
      const isNear =
        person.sentence >= sentence - 1 ||
        (opens && person.paragraph === paragraph - 1) ||
        (!isQuoted && person.paragraph >= paragraph - 1 && person.sentence >= reach);
      if (!isNear) break;
      if (person.quoted && !isQuoted) continue;
      if (person.chain.gender && person.chain.gender !== cue.gender) continue;
      person.chain.gender ??= cue.gender;
      return person.chain;
    }
    return undefined;
  }
}

/**
 * The name mention with the most words (then the longest): "Benjamin Netanyahu" over "Netanyahu";
 * for an institution named by a common noun only, its first wording ("finance ministry").
 */
function fullestName(mentions: readonly ChainMention[]): string {
  let best = '';
  let bestWords = 0;
  for (const mention of mentions) {
    if (mention.kind !== 'name') continue;
    const words = nameWords(mention.text).length;
    if (words > bestWords || (words === bestWords && mention.text.length > best.length)) {
      best = mention.text;
      bestWords = words;
    }
  }
  return bestWords === 0 ? (mentions[0]?.text ?? '') : best;
}
