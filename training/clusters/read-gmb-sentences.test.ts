import { describe, expect, it } from 'vitest';
import { readGmbSentences } from './read-gmb-sentences.js';

const HEADER = 'Sentence #,Word,POS,Tag\r\n';

describe('readGmbSentences', () => {
  it('starts a sentence at each row that names one', () => {
    const text = `${HEADER}Sentence: 1,Troops,NNS,O\r\n,left,VBD,O\r\nSentence: 2,Rain,NN,O\r\n,fell,VBD,O\r\n`;
    expect(readGmbSentences('gmb.csv', text)).toEqual([
      ['Troops', 'left'],
      ['Rain', 'fell'],
    ]);
  });

  it('unquotes words that contain commas or quotes', () => {
    const text = `${HEADER}Sentence: 1,"""",\`\`,O\r\n,"10,000",CD,O\r\n,",",",",O\r\n`;
    expect(readGmbSentences('gmb.csv', text)).toEqual([['"', '10,000', ',']]);
  });

  it('names the line of an unclosed quote', () => {
    expect(() => readGmbSentences('gmb.csv', `${HEADER}Sentence: 1,"oops,NN,O\r\n`)).toThrow(
      /gmb\.csv:2: unclosed quote/,
    );
  });
});
