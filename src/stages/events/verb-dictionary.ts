import { fileURLToPath } from 'node:url';
import { NewsgraphError } from '../../errors.js';
import {
  type DictionaryCode,
  parseVerbDictionaryFile,
  type SynsetMember,
  type VerbDictionaryFile,
  type VerbPattern,
  type VerbTransformation,
} from './verb-dictionary-file.js';

const VERB_DICTIONARY_FILE: DataFileKind = {
  name: 'verb dictionary',
  rebuild: 'npx tsx training/events/build-verb-dictionary.ts',
};

export type {
  DictionaryCode,
  NounPart,
  PatternPart,
  PatternToken,
  RolePlace,
  SynsetMember,
  VerbPattern,
  VerbTransformation,
} from './verb-dictionary-file.js';

import { type DataFileKind, dataFileFormatError, readGzipJson } from '../read-data-file.js';

/** A block of synonymous verbs and the patterns they share. */
export interface VerbBlock {
  name: string;
  /** Line of the block's `--- NAME [code] ---` header in the source file. */
  line: number;
  /** The block's default code. */
  code: DictionaryCode;
  patterns: readonly VerbPattern[];
}

/** One verb of the dictionary, with its block's patterns. */
export interface VerbEntry {
  /** Lower case; for a multi-word verb (`+ASK_FOR`), the verb word (`ask`). */
  lemma: string;
  /** Surface forms of the verb word, the lemma first. */
  forms: readonly string[];
  /** Words of a multi-word verb written before and after the verb word (`ask` `for`). */
  before: readonly string[];
  after: readonly string[];
  /** The verb's own code if its line has one, else the block's default code. */
  code: DictionaryCode;
  /** The block's default code. */
  defaultCode: DictionaryCode;
  block: VerbBlock;
  /** Line of the verb in the source file. */
  line: number;
}

export interface VerbDictionary {
  verbs: readonly VerbEntry[];
  blocks: readonly VerbBlock[];
  /** Synonym sets by name as patterns write them (`&MILITARY`). */
  synsets: ReadonlyMap<string, readonly SynsetMember[]>;
  transformations: readonly VerbTransformation[];
  source: VerbDictionaryFile['source'];
  /** Entries by lemma and by surface form; entries whose lemma it is come first. */
  byWord: ReadonlyMap<string, readonly VerbEntry[]>;
}

export const SHIPPED_VERB_DICTIONARY = fileURLToPath(
  new URL('../../../data/events/verb-dictionary.json.gz', import.meta.url),
);

/** Reads the verb dictionary built by `training/events/build-verb-dictionary.ts`, checking its shape. */
export function loadVerbDictionary(path: string = SHIPPED_VERB_DICTIONARY): VerbDictionary {
  const json = readGzipJson(path, VERB_DICTIONARY_FILE);
  const parsed = parseVerbDictionaryFile(json);
  if ('problem' in parsed) throw dataFileFormatError(path, VERB_DICTIONARY_FILE, parsed.problem);
  return createVerbDictionary(parsed.file);
}

let shipped: VerbDictionary | undefined;

/** The shipped verb dictionary, read once per process and shared by the stages that use it. */
export function shippedVerbDictionary(): VerbDictionary {
  shipped ??= loadVerbDictionary();
  return shipped;
}

/** Indexes a dictionary file already in memory; a verb pointing at a missing block is an error. */
export function createVerbDictionary(file: VerbDictionaryFile): VerbDictionary {
  const blocks: VerbBlock[] = file.blocks.map(({ name, line, code, patterns }) => ({
    name,
    line,
    code,
    patterns: withoutOverridden(patterns),
  }));
  const verbs = file.verbs.map((verb, index): VerbEntry => {
    const block = blocks[verb.block];
    if (!block) {
      throw new NewsgraphError(
        'USAGE',
        `The verb dictionary's verb ${index} points at missing block ${verb.block}.`,
      );
    }
    return {
      lemma: verb.lemma,
      forms: verb.forms,
      before: verb.before ?? [],
      after: verb.after ?? [],
      code: verb.code ?? block.code,
      defaultCode: block.code,
      block,
      line: verb.line,
    };
  });
  return {
    verbs,
    blocks,
    synsets: new Map(Object.entries(file.synsets).map(([name, synset]) => [name, synset.members])),
    transformations: file.transformations,
    source: file.source,
    byWord: indexByWord(verbs),
  };
}

/**
 * The block's patterns without those a later line of the same shape replaces: PETRARCH-2 stores a
 * block's patterns in a tree keyed by their words, so of two lines with the same words
 * (`- * &TREATY [031:031]` under APPROVE, `- * &TREATY [057]` under RATIFY) the later one's code is
 * the one it codes.
 */
function withoutOverridden(patterns: readonly VerbPattern[]): VerbPattern[] {
  const shapeOf = ({ before, after, verbJoined, source, target }: VerbPattern) =>
    JSON.stringify([before, after, verbJoined ?? false, source ?? null, target ?? null]);
  const last = new Map<string, VerbPattern>();
  for (const pattern of patterns) last.set(shapeOf(pattern), pattern);
  return patterns.filter((pattern) => last.get(shapeOf(pattern)) === pattern);
}

function indexByWord(verbs: readonly VerbEntry[]): Map<string, VerbEntry[]> {
  const byLemma = new Map<string, VerbEntry[]>();
  const byForm = new Map<string, VerbEntry[]>();
  for (const verb of verbs) {
    append(byLemma, verb.lemma, verb);
    for (const form of verb.forms) if (form !== verb.lemma) append(byForm, form, verb);
  }
  const byWord = new Map(byLemma);
  for (const [form, entries] of byForm) {
    const lemmaEntries = byWord.get(form) ?? [];
    byWord.set(form, [...lemmaEntries, ...entries.filter((entry) => !lemmaEntries.includes(entry))]);
  }
  return byWord;
}

function append(map: Map<string, VerbEntry[]>, key: string, verb: VerbEntry): void {
  const entries = map.get(key);
  if (!entries) map.set(key, [verb]);
  else if (!entries.includes(verb)) entries.push(verb);
}

const NONE: readonly VerbEntry[] = [];

/**
 * The verbs whose lemma, or one of whose surface forms, is `lemma` (compared in lower case): first
 * those whose lemma it is, in file order, then those that merely have it as a form. One Map lookup.
 */
export function verbsForLemma(dictionary: VerbDictionary, lemma: string): readonly VerbEntry[] {
  return dictionary.byWord.get(lemma) ?? dictionary.byWord.get(lemma.toLowerCase()) ?? NONE;
}
