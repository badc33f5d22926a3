import { describe, expect, it } from 'vitest';
import { canonicalText, goldMentions, type PlaceText, readPlaceTexts } from './read-place-mentions.js';

describe('the annotated place mentions', () => {
  const texts = readPlaceTexts();
  const mentions = texts.flatMap(goldMentions);

  it('hold at least 150 mentions in 30 texts or more, in a dev and a test part', () => {
    expect(texts.length).toBeGreaterThanOrEqual(30);
    expect(mentions.length).toBeGreaterThanOrEqual(150);
    expect(new Set(texts.map((text) => text.part))).toEqual(new Set(['dev', 'test']));
    expect(new Set(texts.map((text) => text.id)).size).toBe(texts.length);
  });

  it('point each mention at its name in the article text', () => {
    for (const text of texts) {
      const canonical = canonicalText(text);
      for (const mention of goldMentions(text))
        expect(canonical.slice(mention.start, mention.end)).toBe(mention.written);
    }
  });

  it('never annotate one span twice', () => {
    for (const text of texts) {
      const spans = goldMentions(text);
      spans.forEach((span, index) => {
        expect(index === 0 || (spans[index - 1]?.end ?? 0) <= span.start).toBe(true);
      });
    }
  });
});

describe('goldMentions', () => {
  const text: PlaceText = {
    id: 't',
    part: 'dev',
    title: 'Mexico City and Mexico',
    paragraphs: ['Mexicans in Mexico.'],
    mentions: [
      {
        text: 'Mexico',
        kind: 'country',
        name: 'Mexico',
        country: 'MEX',
        lat: 23,
        lon: -102,
        occurrences: [2, 3],
      },
    ],
  };

  it('finds a name only as a whole word, and only the occurrences asked for', () => {
    expect(goldMentions(text).map((mention) => mention.start)).toEqual([16, 36]);
  });

  it('throws on an occurrence that is not there', () => {
    expect(() =>
      goldMentions({ ...text, mentions: [{ ...text.mentions[0], occurrences: [4] } as never] }),
    ).toThrow(/no occurrence 4/);
  });
});
