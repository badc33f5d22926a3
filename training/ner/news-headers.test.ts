import { describe, expect, it } from 'vitest';
import { withNewsHeaders } from './news-headers.js';
import type { TemplateNames } from './template-names.js';

const NAMES: TemplateNames = {
  cities: [['New', 'Delhi']],
  countries: [],
  demonyms: [],
  firstNames: [],
  surnames: [],
  companies: [],
  organisations: [],
};
const DOCUMENT = {
  id: 'gmb-run-0',
  sentences: [{ words: ['Rain', 'hit', 'Iraq', '.'], tags: ['O', 'O', 'B-LOCATION', 'O'] }],
};

describe('withNewsHeaders', () => {
  it('opens a document with its first sentence in capitals, then a dateline', () => {
    const [document] = withNewsHeaders([DOCUMENT], NAMES, 1, 1);
    expect(document?.sentences[0]).toEqual({
      words: ['RAIN', 'HIT', 'IRAQ', '.'],
      tags: ['O', 'O', 'B-LOCATION', 'O'],
    });
    expect(document?.sentences[1]?.words.slice(0, 2)).toEqual(['NEW', 'DELHI']);
    expect(document?.sentences[1]?.tags).toEqual(['B-LOCATION', 'I-LOCATION', 'O']);
    expect(document?.sentences[2]).toBe(DOCUMENT.sentences[0]);
  });

  it('leaves a document as it is when its share is zero', () => {
    expect(withNewsHeaders([DOCUMENT], NAMES, 0, 1)).toEqual([DOCUMENT]);
  });
});
