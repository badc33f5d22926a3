import { describe, expect, it } from 'vitest';
import { readColumnSentences } from './read-column-sentences.js';

describe('readColumnSentences', () => {
  it('reads CoNLL-2003 words and skips -DOCSTART- lines', () => {
    const text = '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n';
    expect(readColumnSentences('conll', text)).toEqual([['EU', 'rejects'], ['Peter']]);
  });

  it('reads UNER words from the second column and skips comment lines', () => {
    const text =
      '# newdoc id = d1\n# text = Al - Zaman :\n1\tAl\tB-ORG\t-\tstephen\n2\t-\tI-ORG\n3\t#\tO\n\n';
    expect(readColumnSentences('uner', text)).toEqual([['Al', '-', '#']]);
  });

  it('strips the language prefix from WikiANN words', () => {
    const text = 'en:R.H.\tB-ORG\nen:Saunders\tI-ORG\n\nen:en:dash\tO\n';
    expect(readColumnSentences('wikiann', text)).toEqual([['R.H.', 'Saunders'], ['en:dash']]);
  });
});
