import type { Actor } from '../../document/annotations.js';
import { type ActorDictionary, lookupAgent, matchActorAt } from '../actors/actor-dictionary.js';
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
  const firstWord = words[0];
  if (!firstWord) return result;
  // Binary search for the first mention that ends after the sentence starts: linear per article.
  let next = 0;
  let high = mentions.length;
  while (next < high) {
    const middle = (next + high) >> 1;
    if ((mentions[middle] as MentionAt).end <= firstWord.start) next = middle + 1;
    else high = middle;
  }
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as Word;
    while (next < mentions.length && (mentions[next] as MentionAt).end <= word.start) next++;
    const mention = mentions[next];
    if (mention && mention.start < word.end && !insideCompound(word, mention)) result[at] = mention;
  }
  return result;
}

/**
 * A name inside a compound adjective ("UK-based", "Iran-backed") says where or by whom, not who:
 * the compound's noun is not that actor, as PETRARCH-2, whose parser keeps the compound one word,
 * does not read it as one.
 */
function insideCompound(word: Word, mention: MentionAt): boolean {
  return word.pos === 'ADJ' && (mention.start > word.start || mention.end < word.end);
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
 * is Pompeo). A role noun as the phrase's head with a country ("Ukrainian lawmakers", "Russia's UN
 * ambassador") gives a code of its own when that is more specific than any mention's, and a role
 * noun right after a country or organisation adds to its code ("UN troops": IGOUNOMIL). A role noun
 * alone gives `---` and the role, as PETRARCH writes it ("Insurgents": `---REB`). Undefined when
 * the phrase names nobody the coder can use.
 */
export function phraseParticipant(context: ParticipantContext, phrase: Phrase): Participant | undefined {
  const { words } = context;
  const name = nameIn(context, phrase);
  const agent = agentCode(context, phrase);
  const whole = () => {
    let first = phrase.first;
    while (first < phrase.last && LEADING_NOISE.has((words[first] as Word).lower)) first++;
    return { start: (words[first] as Word).start, end: (words[phrase.last] as Word).end };
  };
  const group = (code: string): Participant => ({
    ...whole(),
    actorId: null,
    code,
    country: countryOfCode(context, code),
  });
  // "UN troops", "Gondor's main opposition group": the name's people in that role.
  if (name && agent && modifies(words, name.last, agent.roleAt) && !name.code.endsWith(agent.role))
    return group(name.code + agent.role);
  // "ambassadors of Arnor", "soldiers from Gondor": the role belongs to the name after it.
  if (agent && agent.country === undefined) {
    const owner = nameAfter(context, phrase, agent.roleAt);
    if (owner && !owner.endsWith(agent.role)) return group(owner + agent.role);
  }
  const agentFull = agent ? (agent.country ?? '---') + agent.role : undefined;
  if (name && name.code.length >= codeLength(agentFull)) return name.participant;
  if (agentFull !== undefined) return { ...group(agentFull), country: agent?.country ?? null };
  return name?.participant ?? firstMention(context, phrase);
}

/** A coded name in the phrase: the actor mention with the most specific code, else a dictionary name. */
function nameIn(
  context: ParticipantContext,
  phrase: Phrase,
): { code: string; last: number; participant: Participant } | undefined {
  const { mentionOf } = context;
  let best: MentionAt | undefined;
  let bestLast = -1;
  for (let at = phrase.first; at <= phrase.last; at++) {
    const mention = mentionOf[at];
    if (!mention?.actor.code) continue;
    if (mention === best) bestLast = at;
    else if (!best || codeLength(mention.actor.code) >= codeLength(best.actor.code)) {
      best = mention;
      bestLast = at;
    }
  }
  if (best?.actor.code) {
    const { actor } = best;
    return {
      code: best.actor.code,
      last: bestLast,
      participant: {
        start: best.start,
        end: best.end,
        actorId: actor.id,
        code: actor.code,
        country: actor.country,
      },
    };
  }
  const named = dictionaryName(context, phrase);
  if (!named) return undefined;
  return {
    code: named.code,
    last: named.last,
    participant: {
      ...named.span,
      actorId: null,
      code: named.code,
      country: countryOfCode(context, named.code),
    },
  };
}

/** An actor the article names without a code ("an unknown person keeps a name and no code"). */
function firstMention(context: ParticipantContext, phrase: Phrase): Participant | undefined {
  for (let at = phrase.first; at <= phrase.last; at++) {
    const mention = context.mentionOf[at];
    if (mention) {
      const { actor } = mention;
      return {
        start: mention.start,
        end: mention.end,
        actorId: actor.id,
        code: actor.code,
        country: actor.country,
      };
    }
  }
  return undefined;
}

/**
 * A name of the actor dictionary among the phrase's capitalised words that no actor mention
 * covers (names the entity tagger missed: "Hamas", a country it did not tag). The longest match
 * from the first capitalised word wins; only names with a code on the article's date count.
 */
function dictionaryName(
  context: ParticipantContext,
  phrase: Phrase,
): { code: string; last: number; span: { start: number; end: number } } | undefined {
  const { words, dictionary, date } = context;
  if (date === undefined) return undefined;
  const texts = words.slice(phrase.first, phrase.last + 1).map((word) => word.text);
  for (let at = 0; at < texts.length; at++) {
    if (!/^\p{Lu}/u.test(texts[at] as string)) continue;
    const match = matchActorAt(dictionary, texts, at, date);
    if (match?.code === undefined) continue;
    const first = words[phrase.first + at] as Word;
    const last = words[phrase.first + match.end - 1] as Word;
    return {
      code: match.code,
      last: phrase.first + match.end - 1,
      span: { start: first.start, end: last.end },
    };
  }
  return undefined;
}

/** The code of an actor named after `of` or `from` past word `roleAt` ("ambassadors of Arnor"). */
function nameAfter(context: ParticipantContext, phrase: Phrase, roleAt: number): string | undefined {
  const { words, mentionOf } = context;
  for (let at = roleAt + 1; at <= phrase.last; at++) {
    const lower = (words[at] as Word).lower;
    if (lower !== 'of' && lower !== 'from') continue;
    for (let next = at + 1; next <= phrase.last; next++) {
      const code = mentionOf[next]?.actor.code;
      if (code) return code;
    }
    return dictionaryName(context, { first: at + 1, last: phrase.last })?.code;
  }
  return undefined;
}

function countryOfCode(context: ParticipantContext, code: string): string | null {
  const country = code.slice(0, 3);
  return context.countries.has(country) ? country : null;
}

/**
 * True when the name ending at word `last` modifies the role noun at `roleAt`, with only a
 * possessive and adjectives between ("UN troops", "Gondor's main opposition group").
 */
function modifies(words: readonly Word[], last: number, roleAt: number): boolean {
  if (last >= roleAt) return false;
  for (let at = last + 1; at < roleAt; at++) {
    const word = words[at] as Word;
    if (word.pos !== 'ADJ' && !(word.pos === 'PART' && POSSESSIVE.has(word.lower))) return false;
  }
  return true;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

function codeLength(code: string | null | undefined): number {
  return code ? code.length : 0;
}

/** Words that make a phrase's last word a time, not its head ("lawmakers Tuesday"). */
const TIME_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight)$/;
/** Heads that count rather than name ("hundreds of UN troops"): the head is then after `of`. */
const QUANTITIES = new Set([
  'hundreds',
  'thousands',
  'dozens',
  'millions',
  'scores',
  'tens',
  'some',
  'many',
  'most',
  'all',
  'several',
  'group',
  'number',
]);

interface AgentRole {
  role: string;
  /** Index of the role noun's first word. */
  roleAt: number;
  country: string | undefined;
}

/**
 * The role noun at the phrase's head ("lawmakers", "court", "police officer") and a country named
 * or described elsewhere in it ("Ukrainian lawmakers", "the president of Russia"). The head is the
 * last word, or the last before `of`; a role word that only modifies ("military coordination")
 * does not count.
 */
function agentCode(context: ParticipantContext, phrase: Phrase): AgentRole | undefined {
  const { words, dictionary } = context;
  let last = phrase.last;
  while (last > phrase.first && TIME_WORD.test((words[last] as Word).lower)) last--;
  const of = words.findIndex(
    (word, at) => at > phrase.first && at <= last && (word.lower === 'of' || word.lower === 'from'),
  );
  let head = of > 0 ? of - 1 : last;
  if (of > 0 && QUANTITIES.has((words[head] as Word).lower)) head = last;
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
  const country = countryWithin(context, phrase.first, roleAt) ?? countryWithin(context, head + 1, last + 1);
  return { role, roleAt, country };
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
