import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityMention, EntityType, Token } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { nameTokens } from './hyphen-compounds.js';
import { loneSurnamesAsPeople } from './lone-surnames.js';
import { decodeTagger } from './model-file.js';
import { type TaggerResources, tagDocument } from './tag-document.js';
import type { Tagger } from './tagger-model.js';
import { loadTaggerResources } from './tagger-resources.js';

export const SHIPPED_TAGGER = fileURLToPath(new URL('../../../data/ner/tagger.bin.gz', import.meta.url));

const TYPES = new Set<EntityType>(['PERSON', 'ORG', 'LOCATION', 'NORP', 'EVENT', 'MISC']);

let shipped: { tagger: Tagger; resources: TaggerResources } | undefined;

/** The shipped tagger and its resources, loaded once on first use. */
function shippedTagger() {
  shipped ??= { tagger: decodeTagger(readFileSync(SHIPPED_TAGGER)), resources: loadTaggerResources() };
  return shipped;
}

/**
 * Names of people, organisations, places, nationalities and groups, events and other things, found
 * by the trained tagger over the article's sentences, as spans into its text; a person's surname
 * the tagger typed otherwise on its own is that person (`loneSurnamesAsPeople`).
 */
export const entitiesStage: Stage<'tokens' | 'sentences', 'entities'> = {
  name: 'entities',
  version: '1.2.0',
  requires: ['tokens', 'sentences'],
  produces: ['entities'],
  run(article) {
    const { tagger, resources } = shippedTagger();
    const sentences = tokensBySentence(article.tokens, article.sentences);
    const words = sentences.map((tokens) =>
      tokens.map((token) => asTrained(article.text.slice(token.start, token.end))),
    );
    const entities: EntityMention[] = [];
    tagDocument(tagger, words, resources).forEach((spans, s) => {
      const tokens = sentences[s] ?? [];
      let taken = -1;
      for (const span of spans) {
        const { start, end } = nameTokens(tokens, article.text, span.start, span.end);
        const first = tokens[start];
        const last = tokens[end - 1];
        // Two parts of one linked name, each made whole, are the same name.
        if (!first || !last || first.start < taken || !TYPES.has(span.type as EntityType)) continue;
        taken = last.end;
        entities.push({
          text: article.text.slice(first.start, last.end),
          type: span.type as EntityType,
          start: first.start,
          end: last.end,
        });
      }
    });
    return { entities: loneSurnamesAsPeople(entities, (word) => isPlaceName(resources, word)) };
  },
};

const PLACE_LABELS = new Set(['country-U', 'city-U', 'region-U']);

/** True when the gazetteer has the word alone as a country, city or region (or there is no gazetteer). */
function isPlaceName(resources: TaggerResources, word: string): boolean {
  if (!resources.matchGazetteer) return true;
  return (resources.matchGazetteer([word])[0] ?? []).some((label) => PLACE_LABELS.has(label));
}

const TYPOGRAPHIC = /[‘’“”]/g;
const PLAIN: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };

/** A word as the training corpora write it: their apostrophes and quotes are straight. */
function asTrained(word: string): string {
  return word.replace(TYPOGRAPHIC, (char) => PLAIN[char] ?? char);
}

/** The tokens of each sentence, in order; white-space tokens are not words. */
function tokensBySentence(tokens: readonly Token[], sentences: readonly Span[]): Token[][] {
  const out: Token[][] = sentences.map(() => []);
  let s = 0;
  for (const token of tokens) {
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= token.start) s++;
    const sentence = sentences[s];
    if (!sentence || token.start < sentence.start || token.end - token.start === 0) continue;
    out[s]?.push(token);
  }
  return out;
}
