import { z } from 'zod';
import { checkDataFile } from '../read-data-file.js';

/**
 * The verb dictionary as stored in `data/events/verb-dictionary.json.gz` (gzip-compressed JSON),
 * converted by `training/events/build-verb-dictionary.ts` from PETRARCH-2's `CAMEO.2.0.txt`.
 * Every word is lower case. Every block, verb and pattern keeps the line of the source file it came
 * from; patterns keep the line's text as written.
 */

const eventCode = z.string().regex(/^\d{2,4}$/);

/**
 * A bracketed code of the source: `[042:043]`, `[0231]`, `[:173]`, `[---]`.
 * `active` is the event from the subject (source) to the object (target); `passive`, after the colon,
 * is what PETRARCH-2 calls the pattern's inherent passive meaning: the event the other way round,
 * with the subject as target. VISIT `[042:043]`: "A visits B" is A→B 042 and B→A 043 (host a visit);
 * FACE CHARGE `[:112]`: "A faces charges" is an accusation against A. Both null (`---`): no event.
 */
const dictionaryCode = z.object({ active: eventCode.nullable(), passive: eventCode.nullable() });

/** Present and true when the token was written joined by `_` to what precedes it (the verb included). */
const joined = z.literal(true).optional();

/**
 * One word slot of a pattern: a word (several spellings where the source writes `A/B`), a synonym
 * set (`&MILITARY`), the source actor (`$`), the target actor (`+`), any noun phrase (`^`), or
 * TABARI's compound-actor marker (`%`: the event holds between the members of "A and B").
 */
const patternToken = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('word'), words: z.array(z.string().min(1)).min(1), joined }),
  z.object({ kind: z.literal('synset'), name: z.string().regex(/^&[A-Z0-9_-]+$/), joined }),
  z.object({ kind: z.literal('source'), joined }),
  z.object({ kind: z.literal('target'), joined }),
  z.object({ kind: z.literal('any'), joined }),
  z.object({ kind: z.literal('compound'), joined }),
]);

/** A noun: a bare word, or a `{...}` noun phrase whose last token is the head and the others modify it. */
const nounPart = z.object({ kind: z.literal('noun'), tokens: z.array(patternToken).min(1) });

/** A `(...)` prepositional phrase: the preposition (its spellings) and the nouns it governs. */
const prepositionPart = z.object({
  kind: z.literal('preposition'),
  preposition: z.array(z.string().min(1)).min(1),
  objects: z.array(nounPart),
});

/** An adverbial particle written right after the verb (`- * OFF (FROM ^)`, `- * DOWN RIOT`). */
const particlePart = z.object({ kind: z.literal('particle'), word: z.string().min(1) });

const patternPart = z.discriminatedUnion('kind', [nounPart, prepositionPart, particlePart]);

/** Where a pattern puts an actor: before or after the verb, and inside which preposition's phrase. */
const rolePlace = z.object({
  side: z.enum(['before', 'after']),
  preposition: z.array(z.string()).optional(),
});

/**
 * One pattern line (`- * AGAINST [172]`), split at the verb (`*`). Unless `source`/`target` say
 * otherwise, the verb's subject is the source and its object the target.
 */
const verbPattern = z.object({
  line: z.number().int().positive(),
  text: z.string().min(1),
  code: dictionaryCode,
  /** What comes before the verb, in text order. */
  before: z.array(patternPart),
  /** What comes after the verb, in text order. */
  after: z.array(patternPart),
  /** The verb is written joined by `_` to the last token before it (`SPY_*_DEAL`). */
  verbJoined: z.literal(true).optional(),
  source: rolePlace.optional(),
  target: rolePlace.optional(),
});

/** A `--- NAME [code] ---` block: synonymous verbs sharing one list of patterns. */
const verbBlock = z.object({
  name: z.string().min(1),
  line: z.number().int().positive(),
  /** The block's default code, used by each of its verbs that has none of its own. */
  code: dictionaryCode,
  patterns: z.array(verbPattern),
});

/**
 * One verb line of a block. A multi-word verb (`+ASK_FOR`) has its other words in `before`/`after`;
 * `forms` are the surface forms of the verb word itself: the listed `{...}` forms when the line has
 * them, otherwise regular forms generated from the lemma.
 */
const verbLine = z.object({
  lemma: z.string().min(1),
  forms: z.array(z.string().min(1)).min(1),
  before: z.array(z.string().min(1)).optional(),
  after: z.array(z.string().min(1)).optional(),
  /** The verb's own code, when its line has one; otherwise the block's applies. */
  code: dictionaryCode.optional(),
  /** Index into `blocks`. */
  block: z.number().int().nonnegative(),
  line: z.number().int().positive(),
});

/** One member of a synonym set: its words (consecutive in text) and, unless suppressed, their plural. */
const synsetMember = z.object({
  words: z.array(z.string().min(1)).min(1),
  plural: z.array(z.string().min(1)).optional(),
});

const synset = z.object({ line: z.number().int().positive(), members: z.array(synsetMember).min(1) });

/**
 * A PETRARCH-2 transformation (`~ a (a b ATTACK) SAY = a b 015`): when `speaker` says (`verb`) that
 * `inner.source` did `inner.verb` to `inner.target`, code `result` instead. Letters name actors as
 * the source writes them (`_` and `.` are kept as written). A null verb is the source's `Q`, any
 * event; a null result code keeps the reported event's own code.
 */
const transformation = z.object({
  line: z.number().int().positive(),
  text: z.string().min(1),
  speaker: z.string().min(1),
  verb: z.array(z.string().min(1)).min(1),
  inner: z.object({
    source: z.string().min(1),
    target: z.string().min(1),
    verb: z.array(z.string().min(1)).min(1).nullable(),
  }),
  result: z.object({ source: z.string().min(1), target: z.string().min(1), code: eventCode.nullable() }),
});

const verbDictionaryFile = z.object({
  format: z.literal('newsgraph-verb-dictionary'),
  version: z.literal(1),
  source: z.object({
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    origin: z.string(),
    licence: z.string(),
  }),
  synsets: z.record(z.string().regex(/^&/), synset),
  blocks: z.array(verbBlock),
  verbs: z.array(verbLine),
  transformations: z.array(transformation),
});

export type DictionaryCode = z.infer<typeof dictionaryCode>;
export type PatternToken = z.infer<typeof patternToken>;
export type NounPart = z.infer<typeof nounPart>;
export type PatternPart = z.infer<typeof patternPart>;
export type RolePlace = z.infer<typeof rolePlace>;
export type VerbPattern = z.infer<typeof verbPattern>;
export type VerbBlockRecord = z.infer<typeof verbBlock>;
export type VerbLineRecord = z.infer<typeof verbLine>;
export type SynsetRecord = z.infer<typeof synset>;
export type SynsetMember = z.infer<typeof synsetMember>;
export type VerbTransformation = z.infer<typeof transformation>;
export type VerbDictionaryFile = z.infer<typeof verbDictionaryFile>;

/** The parsed file, or the first problem found, with its path inside the JSON. */
export function parseVerbDictionaryFile(json: unknown): { file: VerbDictionaryFile } | { problem: string } {
  return checkDataFile(verbDictionaryFile, json);
}
