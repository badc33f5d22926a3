import { fileURLToPath } from 'node:url';
import { NewsgraphError } from '../../errors.js';
import { type DataFileKind, dataFileFormatError, readGzipJson } from '../read-data-file.js';
import {
  type ActorDictionaryFile,
  type AgentNoun,
  type DatedCode,
  type KnownActor,
  parseActorDictionaryFile,
} from './actor-dictionary-file.js';
import { codeOnDate, isDefaultCode } from './code-on-date.js';

const ACTOR_DICTIONARY_FILE: DataFileKind = {
  name: 'actor dictionary',
  rebuild: 'npx tsx training/actors/build-actor-dictionary.ts',
};

export type { AgentNoun, DatedCode, KnownActor } from './actor-dictionary-file.js';

/** One name variant in the index: its words in lower case, and whose name it is. */
interface IndexedVariant {
  lowerWords: readonly string[];
  actor: KnownActor;
  /** True when the variant is the actor's own name, not one of its other names. */
  isName: boolean;
}

/** The actor dictionary, indexed for lookups. Build it with `loadActorDictionary`. */
export interface ActorDictionary {
  readonly actors: readonly KnownActor[];
  readonly agents: readonly AgentNoun[];
  /** Lower-cased first word -> the variants that start with it, longest first. */
  readonly variantsByFirstWord: ReadonlyMap<string, readonly IndexedVariant[]>;
  readonly actorsById: ReadonlyMap<string, KnownActor>;
  /** Lower-cased words joined by single spaces -> the agent noun. */
  readonly agentsByWords: ReadonlyMap<string, AgentNoun>;
}

/** An actor found by name: its id, its canonical name and its CAMEO code on the date asked. */
export interface ActorMatch {
  actorId: string;
  name: string;
  code: string;
}

const DEFAULT_PATH = fileURLToPath(new URL('../../../data/actors/actor-dictionary.json.gz', import.meta.url));

/** Reads the actor dictionary built by `training/actors/build-actor-dictionary.ts` (gzip-compressed JSON). */
export function loadActorDictionary(path: string = DEFAULT_PATH): ActorDictionary {
  const json = readGzipJson(path, ACTOR_DICTIONARY_FILE);
  const parsed = parseActorDictionaryFile(json);
  if ('problem' in parsed) throw dataFileFormatError(path, ACTOR_DICTIONARY_FILE, parsed.problem);
  return createActorDictionary(parsed.file);
}

let shipped: ActorDictionary | undefined;

/** The shipped actor dictionary, read once per process and shared by the stages that use it. */
export function shippedActorDictionary(): ActorDictionary {
  shipped ??= loadActorDictionary();
  return shipped;
}

/** Indexes a dictionary held in memory (tests build small ones by hand). */
export function createActorDictionary(file: Pick<ActorDictionaryFile, 'actors' | 'agents'>): ActorDictionary {
  const variantsByFirstWord = new Map<string, IndexedVariant[]>();
  const actorsById = new Map<string, KnownActor>();
  for (const actor of file.actors) {
    actorsById.set(actor.id, actor);
    actor.variants.forEach((words, at) => {
      const lowerWords = words.map((word) => word.toLowerCase());
      const first = lowerWords[0] as string;
      const list = variantsByFirstWord.get(first) ?? [];
      variantsByFirstWord.set(first, list);
      list.push({ lowerWords, actor, isName: at === 0 });
    });
  }
  // A stable sort keeps the file's order among variants of one length.
  for (const list of variantsByFirstWord.values())
    list.sort((a, b) => b.lowerWords.length - a.lowerWords.length);
  const agentsByWords = new Map<string, AgentNoun>();
  for (const agent of file.agents) {
    const key = agent.words.join(' ').toLowerCase();
    if (!agentsByWords.has(key)) agentsByWords.set(key, agent);
  }
  return { actors: file.actors, agents: file.agents, variantsByFirstWord, actorsById, agentsByWords };
}

/**
 * The actor whose name variant is exactly `words` (ignoring case), with its code on `date` (ISO).
 * Undefined when no variant matches, and also when one does but no code holds on that date: a
 * known name without a code rather than a wrong code. When several actors share the variant, one
 * with a dated code on that date beats one with only a default code, then the actor whose own
 * name it is beats one that has it as another name, then the first in the file.
 */
export function lookupActor(
  dictionary: ActorDictionary,
  words: readonly string[],
  date: string,
): ActorMatch | undefined {
  checkDate(date);
  if (words.length === 0) return undefined;
  const lowerWords = words.map((word) => word.toLowerCase());
  const candidates = (dictionary.variantsByFirstWord.get(lowerWords[0] as string) ?? []).filter(
    (variant) =>
      variant.lowerWords.length === lowerWords.length && startsWithVariant(lowerWords, variant.lowerWords),
  );
  return bestMatch(candidates, date);
}

/** An actor name found in running text: the words `start` to `end` (exclusive), and the actor. */
export interface ActorNameMatch {
  start: number;
  end: number;
  actorId: string;
  name: string;
  /** The actor's code on the date asked; undefined when it has none then. */
  code: string | undefined;
}

/**
 * The longest name variant that starts at word `start` of `words` (ignoring case), and the actor
 * it names, ranked as in `lookupActor`. Undefined when no variant starts there.
 */
export function matchActorAt(
  dictionary: ActorDictionary,
  words: readonly string[],
  start: number,
  date: string,
): ActorNameMatch | undefined {
  checkDate(date);
  const first = words[start];
  if (first === undefined) return undefined;
  const variants = dictionary.variantsByFirstWord.get(first.toLowerCase()) ?? [];
  const longest = variants[0]?.lowerWords.length ?? 0;
  const lowerWords = words.slice(start, start + longest).map((word) => word.toLowerCase());
  for (let at = 0; at < variants.length; ) {
    const length = (variants[at] as IndexedVariant).lowerWords.length;
    const sameLength: IndexedVariant[] = [];
    for (; at < variants.length && (variants[at] as IndexedVariant).lowerWords.length === length; at++) {
      const variant = variants[at] as IndexedVariant;
      if (startsWithVariant(lowerWords, variant.lowerWords)) sameLength.push(variant);
    }
    if (sameLength.length === 0) continue;
    const end = start + length;
    const match = bestMatch(sameLength, date);
    if (match) return { start, end, ...match };
    const { actor } = sameLength[0] as IndexedVariant;
    return { start, end, actorId: actor.id, name: actor.name, code: undefined };
  }
  return undefined;
}

/** The dated codes of an actor, as the dictionary lists them; empty for an unknown id. */
export function codesOf(dictionary: ActorDictionary, actorId: string): readonly DatedCode[] {
  return dictionary.actorsById.get(actorId)?.codes ?? [];
}

/**
 * The role code of an agent noun ("minister" -> GOV, "soldiers" -> MIL), matched exactly and
 * ignoring case; `words` is one string of space-separated words or a word list.
 */
export function lookupAgent(
  dictionary: ActorDictionary,
  words: string | readonly string[],
): string | undefined {
  const key = (typeof words === 'string' ? words.trim().split(/\s+/) : words).join(' ').toLowerCase();
  return dictionary.agentsByWords.get(key)?.roleCode;
}

/** True when `lowerWords` starts with the variant's words. */
function startsWithVariant(lowerWords: readonly string[], variantWords: readonly string[]): boolean {
  return (
    lowerWords.length >= variantWords.length && variantWords.every((word, at) => word === lowerWords[at])
  );
}

function checkDate(date: string): void {
  if (!ISO_DAY.test(date)) {
    throw new NewsgraphError('USAGE', `Actor lookups need an ISO date (YYYY-MM-DD...), not "${date}".`);
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

function bestMatch(candidates: readonly IndexedVariant[], date: string): ActorMatch | undefined {
  let best: { variant: IndexedVariant; code: DatedCode; rank: number } | undefined;
  for (const variant of candidates) {
    const code = codeOnDate(variant.actor.codes, date);
    if (code === undefined) continue;
    const rank = (isDefaultCode(code) ? 0 : 2) + (variant.isName ? 1 : 0);
    if (best === undefined || rank > best.rank) best = { variant, code, rank };
  }
  if (best === undefined) return undefined;
  return { actorId: best.variant.actor.id, name: best.variant.actor.name, code: best.code.code };
}
