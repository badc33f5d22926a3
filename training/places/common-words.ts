import nlp from 'compromise';

// compromise's tags for names of places: a key with one of them is a place name first.
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'Address']);

/**
 * The one-word keys that compromise's English lexicon knows as something other than a place: an
 * adjective, a noun, a verb form or a given name ("nice", "reading", "mobile", "chad"). The
 * places stage reports a guess when such a name is the only evidence of a place.
 */
export function findCommonWords(keys: Iterable<string>): string[] {
  // compromise types its model as `object`; its lexicon maps a lower-case word to its tag or tags.
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } };
  const lexicon = model.one.lexicon;
  const common: string[] = [];
  for (const key of keys) {
    if (key.includes(' ')) continue;
    const tags = lexicon[key];
    if (tags === undefined) continue;
    const list = Array.isArray(tags) ? tags : [tags];
    if (!list.some((tag) => PLACE_TAGS.has(tag))) common.push(key);
  }
  return common;
}
