import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../../document/annotations.js';
import { analyzeQuotes } from './analyze-quotes.fixture.js';

const analyze = (body: string[]) => analyzeQuotes(body, { title: 'Pier plans', publishedAt: '2019-05-02' });

/** Each quotation as its speaker's words, its cue and its words. */
function quoted(article: AnnotatedArticle): string[] {
  return (article.quotes ?? []).map(
    (quote) => `${quote.speaker?.text ?? '?'} (${quote.cue?.text ?? '-'}): ${quote.text}`,
  );
}

describe('calledWords', () => {
  it('gives quoted words after the object of "called" to the subject of "called"', () => {
    expect(quoted(analyze(['The mayor called the plan "a disgrace" on Monday.']))).toEqual([
      'mayor (called): a disgrace',
    ]);
  });

  it("gives an editorial's words to the paper that ran it", () => {
    const article = analyze([
      'The Harbour Herald, a paper owned by the port authority, ran an editorial calling the new pier "a waste of money".',
    ]);
    expect(quoted(article)).toEqual(['Harbour Herald (calling): a waste of money']);
  });

  it('takes no name given with "call" for speech', () => {
    expect(quoted(analyze(['The old sign still calls it "Europe\'s windiest town".']))).toEqual([]);
    expect(quoted(analyze(['Locals call the island the "pearl of the south".']))).toEqual([]);
  });
});
