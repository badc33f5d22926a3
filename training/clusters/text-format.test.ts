import { describe, expect, it } from 'vitest';
import { assertNotTestSplit, detectTextFormat } from './text-format.js';

describe('detectTextFormat', () => {
  it.each([
    ['Sentence #,Word,POS,Tag\r\nSentence: 1,Thousands,NNS,O\r\n', 'gmb'],
    ['-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\n', 'conll'],
    ['EU NNP B-NP B-ORG\n', 'conll'],
    ['en:R.H.\tB-ORG\nen:Saunders\tI-ORG\n', 'wikiann'],
    ['# newdoc id = weblog-1\n# sent_id = 1\n1\tAl\tB-ORG\t-\tstephen\n', 'uner'],
    ['1\tAl\tB-ORG\n', 'uner'],
  ])('recognises %j as %s', (text, format) => {
    expect(detectTextFormat('corpus', text)).toBe(format);
  });

  it('names the file and its first line when the layout is unknown', () => {
    expect(() => detectTextFormat('notes.md', '# Notes\n')).toThrow(/notes\.md:1: .*"# Notes"/);
  });
});

describe('assertNotTestSplit', () => {
  it.each(['conll2003/test.txt', 'uner/en_ewt-ud-test.iob2', 'wikiann-en/test'])('refuses %s', (path) => {
    expect(() => assertNotTestSplit(path)).toThrow(/test split/);
  });

  it.each(['conll2003/train.txt', 'conll2003/valid.txt', 'wikiann-en/train', 'latest.txt'])(
    'accepts %s',
    (path) => {
      expect(() => assertNotTestSplit(path)).not.toThrow();
    },
  );
});
