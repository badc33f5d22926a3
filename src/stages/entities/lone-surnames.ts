import type { EntityMention, EntityType } from '../../document/annotations.js';

/** Types a lone surname is mistaken for; not ORG, since companies bear their founders' names ("Ford"). */
const MISTAKEN = new Set<EntityType>(['LOCATION', 'MISC']);

/**
 * The mentions with a word that ends a person's name elsewhere in the article, and that the tagger
 * typed otherwise on its own, made that person's type: in "spoke with Putin and Pompeo" the tagger
 * sees only its sentence, where a surname it has not learnt reads like a place, while the article
 * also says "Mike Pompeo". A word that names a place (`isPlaceName`: "Jordan", "Georgia") keeps its
 * type, since an article can mean the place beside a person of that name. The coreference stage's
 * `surnamesAsPeople` does the same for one-word organisations, after it has made people of the
 * titled names the tagger took for organisations ("WHO chief Tedros Adhanom Ghebreyesus").
 */
export function loneSurnamesAsPeople(
  entities: readonly EntityMention[],
  isPlaceName: (word: string) => boolean,
): EntityMention[] {
  const surnames = new Set<string>();
  for (const entity of entities) {
    const space = entity.text.lastIndexOf(' ');
    if (entity.type === 'PERSON' && space > 0) surnames.add(entity.text.slice(space + 1));
  }
  if (surnames.size === 0) return [...entities];
  return entities.map((entity) =>
    MISTAKEN.has(entity.type) && surnames.has(entity.text) && !isPlaceName(entity.text)
      ? { ...entity, type: 'PERSON' }
      : entity,
  );
}
