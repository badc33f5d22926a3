import { describe, expect, it } from 'vitest';
import { type DraftArticle, fillSpans, SpanPlacementError } from './fill-spans.js';

const text =
  'Talks resume\n\n“We will act,” he said, “and soon.” The other side said the talks were “useful” and the theme “open”.';

function draft(quotes: DraftArticle['quotes'], terms: DraftArticle['terms'] = []): DraftArticle {
  return { file: 'a.txt', quotes, terms };
}

const speaker = (words: string) => ({ name: 'X', form: 'pronoun', mention: { text: words } });

describe('fillSpans', () => {
  it('places a quotation, and its cue and speaker at the nearest whole words outside it', () => {
    const { article } = fillSpans(
      text,
      draft([{ text: 'useful', cue: { text: 'said' }, speaker: speaker('side') }]),
    );
    const [quote] = article.quotes;
    expect(quote).toMatchObject({ text: 'useful', start: text.indexOf('useful') });
    expect(quote?.cue?.start).toBe(text.lastIndexOf('said'));
    expect(quote?.speaker.mention.start).toBe(text.indexOf('side'));
  });

  it('places the parts of a split quotation one after the other, the quotation spanning them', () => {
    const { article } = fillSpans(
      text,
      draft([
        {
          parts: [{ text: 'We will act,' }, { text: 'and soon.' }],
          cue: { text: 'said' },
          speaker: speaker('he'),
        },
      ]),
    );
    const [quote] = article.quotes;
    expect(quote?.text).toBe('We will act,” he said, “and soon.');
    expect(quote?.speaker.mention).toEqual({
      text: 'he',
      start: text.indexOf(' he ') + 1,
      end: text.indexOf(' he ') + 3,
    });
  });

  it('finds a pronoun only as a whole word ("he", not the end of "the")', () => {
    const { article } = fillSpans(text, draft([{ text: 'open', speaker: speaker('he') }]));
    expect(article.quotes[0]?.speaker.mention.start).toBe(text.indexOf(' he ') + 1);
  });

  it('takes the clause around a fragment where it contains the fragment', () => {
    const { article } = fillSpans(
      text,
      draft([{ text: 'useful', clause: { text: 'the talks were “useful”' }, speaker: speaker('side') }]),
    );
    expect(article.quotes[0]?.clause?.start).toBe(text.indexOf('the talks'));
  });

  it('starts the search at the words of `after`, and drops `after` once placed', () => {
    const { article } = fillSpans(text, draft([], [{ text: 'the', after: 'and the theme' }]));
    expect(article.terms[0]).toEqual({
      text: 'the',
      start: text.indexOf('the theme'),
      end: text.indexOf('the theme') + 3,
    });
  });

  it('warns when the words occur more than once and no `after` says which', () => {
    expect(fillSpans(text, draft([], [{ text: 'said' }])).warnings).toEqual([
      'a.txt, terms[0]: "said" occurs 2 times; the first was taken',
    ]);
  });

  it('keeps spans that already have offsets as they are, for the check to compare with the text', () => {
    const term = { text: 'Talk', start: 0, end: 5, kind: 'title' };
    expect(fillSpans(text, draft([], [term])).article.terms[0]).toEqual(term);
  });

  it('says which span it could not place', () => {
    expect(() => fillSpans(text, draft([{ text: 'absent', speaker: speaker('he') }]))).toThrow(
      new SpanPlacementError('a.txt, quotes[0]: "absent" is not in the text'),
    );
  });
});
