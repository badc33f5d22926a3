import { describe, expect, it } from 'vitest';
import { spansOf } from '../../eval/ner/conlleval.js';
import type { LabeledSentence } from './labeled-sentence.js';
import { CONLL_TAG_MAPPING, GMB_TAG_MAPPING, mapTags, UNER_TAG_MAPPING } from './map-tags.js';

function sentenceTagged(tags: string[]): LabeledSentence {
  return { words: tags.map((_, index) => `w${index}`), tags, docId: 'sample-1' };
}

function mappedTags(tags: string[], mapping = GMB_TAG_MAPPING): string[] {
  return mapTags(sentenceTagged(tags), mapping).tags;
}

describe('mapTags', () => {
  it.each([
    ['renames GMB types', ['B-per', 'I-per', 'O', 'B-gpe'], ['B-PERSON', 'I-PERSON', 'O', 'B-NORP']],
    ['drops a type mapped to null', ['B-tim', 'I-tim', 'O', 'B-geo'], ['O', 'O', 'O', 'B-LOCATION']],
    ['turns an I- after O into B-', ['O', 'I-org', 'I-org'], ['O', 'B-ORG', 'I-ORG']],
    ['turns an I- at the sentence start into B-', ['I-geo'], ['B-LOCATION']],
    ['turns an I- after another type into B-', ['B-geo', 'I-gpe'], ['B-LOCATION', 'B-NORP']],
    ['turns an I- after a dropped type into B-', ['B-tim', 'I-geo'], ['O', 'B-LOCATION']],
    ['keeps two source types apart when both become MISC', ['B-art', 'I-nat'], ['B-MISC', 'B-MISC']],
    ['keeps adjacent entities of one type apart', ['B-per', 'B-per'], ['B-PERSON', 'B-PERSON']],
  ])('%s', (_case, tags, expected) => {
    expect(mappedTags(tags)).toEqual(expected);
  });

  it('keeps the words and the document', () => {
    const sentence = sentenceTagged(['B-PER']);
    expect(mapTags(sentence, CONLL_TAG_MAPPING)).toEqual({ ...sentence, tags: ['B-PERSON'] });
  });

  it('leaves the input sentence unchanged', () => {
    const sentence = sentenceTagged(['B-LOC']);
    mapTags(sentence, UNER_TAG_MAPPING);
    expect(sentence.tags).toEqual(['B-LOC']);
  });

  it('keeps the entities conlleval reads, with new types', () => {
    const tags = ['I-PER', 'B-LOC', 'I-ORG', 'I-ORG', 'O', 'I-MISC', 'B-MISC'];
    const renamed = spansOf(tags).map((span) => ({ ...span, type: CONLL_TAG_MAPPING[span.type] }));
    expect(spansOf(mappedTags(tags, CONLL_TAG_MAPPING))).toEqual(renamed);
  });

  it('rejects a type the mapping does not mention', () => {
    expect(() => mappedTags(['B-MISC'], UNER_TAG_MAPPING)).toThrow('no mapping for type "MISC"');
  });

  it('does not take a type name from the object prototype', () => {
    expect(() => mappedTags(['B-constructor'], UNER_TAG_MAPPING)).toThrow(
      'no mapping for type "constructor"',
    );
  });
});
