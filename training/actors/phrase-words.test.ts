import { describe, expect, it } from 'vitest';
import { phraseWords } from './phrase-words.js';

const wordsOf = (phrase: string) => phraseWords(phrase).map((variant) => variant.words.join(' '));

describe('phraseWords', () => {
  it.each([
    ['BENJAMIN_NETANYAHU_', ['BENJAMIN NETANYAHU']],
    ['MONUC INDIAN_CONTINGENT_', ['MONUC INDIAN CONTINGENT']],
    ["UNITED_NATIONS_CHILDREN'S_FUND_", ["UNITED NATIONS CHILDREN 'S FUND"]],
    ['PRESIDENT_OF_THE_REPUBLIC,_BORIS_N._YELTSIN', ['PRESIDENT OF THE REPUBLIC , BORIS N. YELTSIN']],
    ['SECRETARY-GENERAL_BAN_KI-MOON', ['SECRETARY-GENERAL BAN KI-MOON']],
    ['SAMOA_(AMERICAN)_', ['SAMOA']],
    ['ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)', ['ADEN ABYAN ISLAMIC ARMY', 'AAIA']],
    ['STANKO_TODOROV (ACTING_', ['STANKO TODOROV']],
    ['COTE_D\uFFFDIVOIRE_', []],
  ])('reads %s', (phrase, expected) => {
    expect(wordsOf(phrase)).toEqual(expected);
  });

  it('marks the acronym taken from a parenthesis', () => {
    expect(phraseWords('ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)')[1]).toEqual({ words: ['AAIA'], isAcronym: true });
  });
});
