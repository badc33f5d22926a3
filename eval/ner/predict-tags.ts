import { iobFromSpans } from '../../src/stages/entities/bilou.js';
import { type TaggerResources, tagDocument } from '../../src/stages/entities/tag-document.js';
import type { Tagger } from '../../src/stages/entities/tagger-model.js';
import type { LabeledSentence } from '../../training/corpora/labeled-sentence.js';
import { documentsOf } from '../../training/ner/ner-recipes.js';

/** newsgraph's person, organisation and place types as CoNLL-2003 names them; the rest are left out. */
export const toConll = (type: string): string | undefined =>
  ({ PERSON: 'PER', ORG: 'ORG', LOCATION: 'LOC' })[type];

/** IOB2 tags for each sentence, tagging by document; `mapType` renames types (undefined drops one). */
export function predictTags(
  tagger: Tagger,
  taggerResources: TaggerResources,
  sentences: readonly LabeledSentence[],
  mapType: (type: string) => string | undefined,
): string[][] {
  const out: string[][] = [];
  for (const document of documentsOf(sentences)) {
    const spans = tagDocument(
      tagger,
      document.sentences.map((sentence) => sentence.words),
      taggerResources,
    );
    document.sentences.forEach((sentence, index) => {
      const kept = (spans[index] ?? []).flatMap((span) => {
        const type = mapType(span.type);
        return type ? [{ ...span, type }] : [];
      });
      out.push(iobFromSpans(kept, sentence.words.length));
    });
  }
  return out;
}

/** IOB2 tags with the entities of these types made `O` (CoNLL's MISC, which the shipped model has no type for). */
export function dropTypes(tags: readonly string[], types: readonly string[]): string[] {
  return tags.map((tag) => (types.includes(tag.slice(2)) ? 'O' : tag));
}
