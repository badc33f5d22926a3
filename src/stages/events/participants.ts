import type { Actor } from '../../document/annotations.js';
import { type ActorDictionary, lookupAgent } from '../actors/actor-dictionary.js';
import { countryOf } from '../actors/country-codes.js';
import type { Phrase } from './phrases.js';
import type { Word } from './sentence-words.js';

/** Who a phrase names: an actor of the article, or a role and country read from its words. */
export interface Participant {
  start: number;
  end: number;
  actorId: string | null;
  code: string | null;
  /** The ISO-3 country of the code, or null (international and unknown). */
  country: string | null;
}

/** An actor mention covering some words of a sentence. */
export interface MentionAt {
  actor: Actor;
  start: number;
  end: number;
}

/** At most this many words make one agent noun ("police officer") or country ("United Arab Emirates"). */
const MAX_WORDS = 3;

const LEADING_NOISE = new Set(['the', 'a', 'an', 'both', 'all', 'some', 'several', 'many']);

/**
 * For each word, the actor mention that covers it (mentions are chain mentions, pronouns and
 * descriptions included). `mentions` must be sorted by start.
 */
export function mentionsByWord(
  words: readonly Word[],
  mentions: readonly MentionAt[],
): (MentionAt | undefined)[] {
  const result: (MentionAt | undefined)[] = new Array(words.length);
  let next = 0;
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as Word;
    while (next < mentions.length && (mentions[next] as MentionAt).end <= word.start) next++;
    const mention = mentions[next];
    if (mention && mention.start < word.end) result[at] = mention;
  }
  return result;
}

export interface ParticipantContext {
  text: string;
  words: readonly Word[];
  mentionOf: readonly (MentionAt | undefined)[];
  dictionary: ActorDictionary;
  date: string | undefined;
  countries: ReadonlySet<string>;
}

/**
 * Who the phrase names. An actor mention inside it gives that actor; when there are several, the
 * one with the most specific code wins, then the later one ("US Secretary of State Mike Pompeo"
 * is Pompeo). A role noun with a country ("Ukrainian lawmakers", "Russia's UN ambassador") gives
 * a code of its own when that is more specific than any mention's; a role noun alone gives
 * `---` and the role, as PETRARCH writes it ("Insurgents": `---REB`). Undefined when the phrase
 * names nobody the coder can use.
 */
export function phraseParticipant(context: ParticipantContext, phrase: Phrase): Participant | undefined {
  const { words, mentionOf } = context;
  let best: MentionAt | undefined;
  for (let at = phrase.first; at <= phrase.last; at++) {
    const mention = mentionOf[at];
    if (!mention || mention === best) continue;
    if (!best || codeLength(mention.actor.code) >= codeLength(best.actor.code)) best = mention;
  }
  const agent = agentCode(context, phrase);
  if (best && codeLength(best.actor.code) >= codeLength(agent)) {
    return {
      start: best.start,
      end: best.end,
      actorId: best.actor.id,
      code: best.actor.code,
      country: best.actor.country,
    };
  }
  if (agent === undefined) return undefined;
  let first = phrase.first;
  while (first < phrase.last && LEADING_NOISE.has((words[first] as Word).lower)) first++;
  const country = agent.slice(0, 3);
  return {
    start: (words[first] as Word).start,
    end: (words[phrase.last] as Word).end,
    actorId: null,
    code: agent,
    country: context.countries.has(country) ? country : null,
  };
}

function codeLength(code: string | null | undefined): number {
  return code ? code.length : 0;
}

/**
 * The code read from the phrase's head, when it is a role noun ("lawmakers", "court", "police
 * officer"), and a country named or described elsewhere in the phrase ("Ukrainian lawmakers",
 * "the president of Russia"). The head is the last word, or the last before `of`; a role word that
 * only modifies ("military coordination") does not count.
 */
function agentCode(context: ParticipantContext, phrase: Phrase): string | undefined {
  const { words, dictionary } = context;
  const of = words.findIndex((word, at) => at > phrase.first && at <= phrase.last && word.lower === 'of');
  const head = of > 0 ? of - 1 : phrase.last;
  const headWord = words[head] as Word;
  if (headWord.pos !== 'NOUN' && headWord.pos !== 'PROPN') return undefined;
  let role: string | undefined;
  let roleAt = head;
  for (let k = Math.min(MAX_WORDS, head - phrase.first + 1); k >= 1 && role === undefined; k--) {
    role = lookupAgent(
      dictionary,
      words.slice(head - k + 1, head + 1).map((word) => word.lower),
    );
    roleAt = head - k + 1;
  }
  if (role === undefined) return undefined;
  const country =
    countryWithin(context, phrase.first, roleAt) ?? countryWithin(context, head + 1, phrase.last + 1);
  return (country ?? '---') + role;
}

/** The first country named or described by words `from` to `to` (exclusive). */
function countryWithin(context: ParticipantContext, from: number, to: number): string | undefined {
  const { words, dictionary, date } = context;
  for (let at = from; at < to; at++) {
    for (let k = Math.min(MAX_WORDS, to - at); k >= 1; k--) {
      const country = countryOf(
        dictionary,
        words.slice(at, at + k).map((word) => word.text),
        date,
      );
      if (country !== undefined) return country;
    }
  }
  return undefined;
}
