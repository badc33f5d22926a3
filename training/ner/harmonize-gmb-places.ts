import type { LabeledSentence } from '../corpora/labeled-sentence.js';

/** What a name is in the gazetteer: its categories (`country`, `city`, `region`, `org`, ...). */
export type CategoriesOf = (name: string) => ReadonlySet<string>;

const ENTITY_TAG = /^([BI])-(.+)$/;
/** Categories that make a name a place; a name also listed as one of `NOT_PLACE` is left alone. */
const PLACES = ['country', 'region', 'city'];
const NOT_PLACE = ['org', 'person', 'demonym', 'first-name'];

interface Span {
  start: number;
  end: number;
  type: string;
}

/**
 * GMB types the same place inconsistently: "West Bank" is `org` 171 times and `geo` 12, "Nepal" is
 * `gpe` (which becomes NORP), "Tehran" `org` when it stands for the government, "Darfur" now and then
 * `tim`; and "U.N." is `geo` as often as `org`. CoNLL-2003 and UNER type a place by what it is, not by
 * what it stands for, so this makes a GMB place name `geo` and an organisation's name `org`:
 *
 * - a country or region of the gazetteer becomes `geo` wherever GMB tags it `geo` at least once;
 * - a city does when GMB tags it `geo` in at least half its occurrences (so "Delta", the airline, stays);
 * - a `geo` span that the gazetteer knows only as an organisation becomes `org`;
 * - an `org`, `per` or `geo` span that the gazetteer knows only as a nationality or religion
 *   ("Muslim", "Sunni", "Kurdish") becomes `gpe`, as most of them are.
 *
 * Only whole spans count ("U.S." alone, not the "U.S." of "U.S. Senate"). The counts come from the
 * sentences given, so pass the training part and apply the result to any part.
 */
export function harmonizeGmbPlaces(
  counted: readonly LabeledSentence[],
  categoriesOf: CategoriesOf,
): (sentence: LabeledSentence) => LabeledSentence {
  const counts = new Map<string, Map<string, number>>();
  for (const sentence of counted) {
    for (const span of spansOf(sentence.tags)) {
      const text = sentence.words.slice(span.start, span.end).join(' ');
      const byType = counts.get(text) ?? new Map<string, number>();
      byType.set(span.type, (byType.get(span.type) ?? 0) + 1);
      counts.set(text, byType);
    }
  }
  const typeFor = new Map<string, string>();
  for (const [text, byType] of counts) {
    const categories = categoriesOf(text);
    if (categories.size === 1 && categories.has('demonym')) {
      typeFor.set(text, 'gpe');
      continue;
    }
    if (NOT_PLACE.some((category) => categories.has(category))) {
      if (categories.has('org') && !PLACES.some((category) => categories.has(category)))
        typeFor.set(text, 'org');
      continue;
    }
    const total = [...byType.values()].reduce((sum, count) => sum + count, 0);
    const geo = byType.get('geo') ?? 0;
    const isRegion = categories.has('country') || categories.has('region');
    if ((isRegion && geo > 0) || (categories.has('city') && geo * 2 >= total)) typeFor.set(text, 'geo');
  }
  return (sentence) => {
    const tags = [...sentence.tags];
    for (const span of spansOf(sentence.tags)) {
      const type = typeFor.get(sentence.words.slice(span.start, span.end).join(' '));
      if (type === undefined || type === span.type || (type === 'org' && span.type !== 'geo')) continue;
      if (type === 'gpe' && !['org', 'per', 'geo'].includes(span.type)) continue;
      for (let at = span.start; at < span.end; at++) tags[at] = `${at === span.start ? 'B' : 'I'}-${type}`;
    }
    return { ...sentence, tags };
  };
}

/** The entities of IOB2 tags, as conlleval reads them (an `I-` of a new type starts one). */
function spansOf(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | undefined;
  tags.forEach((tag, at) => {
    const [, prefix, type] = ENTITY_TAG.exec(tag) ?? [];
    if (type !== undefined && prefix === 'I' && open?.type === type) {
      open.end = at + 1;
      return;
    }
    open = type === undefined ? undefined : { start: at, end: at + 1, type };
    if (open) spans.push(open);
  });
  return spans;
}
