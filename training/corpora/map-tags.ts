import type { LabeledSentence } from './labeled-sentence.js';

/** How one corpus's entity types become newsgraph's: a new type name, or null to drop the type (to `O`). */
export type TagMapping = Readonly<Record<string, string | null>>;

/**
 * GMB: `gpe` is mostly nationality adjectives (Iraqi, British), hence NORP; `nat` is natural phenomena
 * (hurricanes) and `art` artefacts, both MISC; `tim` (dates, weekdays) is not an entity here.
 */
export const GMB_TAG_MAPPING: TagMapping = {
  per: 'PERSON',
  org: 'ORG',
  geo: 'LOCATION',
  gpe: 'NORP',
  eve: 'EVENT',
  art: 'MISC',
  nat: 'MISC',
  tim: null,
};

/** CoNLL-2003: MISC mixes nationalities, events and works; it stays MISC. */
export const CONLL_TAG_MAPPING: TagMapping = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOCATION', MISC: 'MISC' };

/** UNER: only PER, ORG and LOC; `readUner` has already turned the early snapshot's OTH into O. */
export const UNER_TAG_MAPPING: TagMapping = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOCATION' };

/** WikiANN has UNER's three types. */
export const WIKIANN_TAG_MAPPING: TagMapping = UNER_TAG_MAPPING;

const ENTITY_TAG = /^([BI])-(.+)$/;

/**
 * Renames the entity types of an IOB2 sentence and keeps the tags valid IOB2: the result has the same
 * entities as the input (as conlleval reads them) with new types, minus those of dropped types. An `I-`
 * that starts an entity (after `O` or after another type) becomes `B-`. A type the mapping does not
 * mention is an error, so a new corpus cannot slip through half-mapped.
 */
export function mapTags(sentence: LabeledSentence, mapping: TagMapping): LabeledSentence {
  let previousType: string | undefined;
  const tags = sentence.tags.map((tag) => {
    if (tag === 'O') {
      previousType = undefined;
      return 'O';
    }
    const [, prefix, type] = ENTITY_TAG.exec(tag) ?? [];
    if (type === undefined)
      throw new RangeError(`mapTags expects IOB2 tags, found "${tag}" in ${sentence.docId}`);
    if (!Object.hasOwn(mapping, type)) {
      throw new RangeError(`mapTags has no mapping for type "${type}" (in ${sentence.docId})`);
    }
    const continues = prefix === 'I' && previousType === type;
    previousType = type;
    const newType = mapping[type];
    if (newType === null || newType === undefined) return 'O';
    return `${continues ? 'I' : 'B'}-${newType}`;
  });
  return { ...sentence, tags };
}
