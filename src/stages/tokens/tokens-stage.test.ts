import { describe, expect, it } from 'vitest';
import { composeText } from '../../document/article.js';
import { tokensStage } from './tokens-stage.js';

function tokenize(title: string, body: string[]) {
  const { text, paragraphs } = composeText(title, '', body);
  const article = { text, paragraphs } as Parameters<typeof tokensStage.run>[0];
  return { text, tokens: tokensStage.run(article).tokens };
}

describe('tokensStage', () => {
  it('gives every token a span that slices back to its text', () => {
    const { text, tokens } = tokenize('Talks resume', ['Russia’s envoy can’t attend, the U.S. said.']);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      'Talks',
      'resume',
      'Russia',
      '’s',
      'envoy',
      'ca',
      'n’t',
      'attend',
      ',',
      'the',
      'U.S.',
      'said',
      '.',
    ]);
  });

  it('counts offsets in UTF-16 units after characters outside the Basic Multilingual Plane', () => {
    const { text, tokens } = tokenize('🇺🇦 Kyiv', ['Aid 🚚 arrived in Kyiv.']);
    const kyiv = tokens.filter((token) => text.slice(token.start, token.end) === 'Kyiv');
    expect(kyiv.map((token) => token.start)).toEqual([text.indexOf('Kyiv'), text.lastIndexOf('Kyiv')]);
  });

  it('keeps words whole whose letters are beyond Latin-1 (wink splits them)', () => {
    const { text, tokens } = tokenize('Visit', [
      'Erdoğan met Vučić in Łódź; Nguyễn Phú Trọng flew to İstanbul, e\u0301lan intact.',
    ]);
    const words = tokens.map((token) => text.slice(token.start, token.end));
    expect(words).toEqual([
      'Visit',
      'Erdoğan',
      'met',
      'Vučić',
      'in',
      'Łódź',
      ';',
      'Nguyễn',
      'Phú',
      'Trọng',
      'flew',
      'to',
      'İstanbul',
      ',',
      'e\u0301lan',
      'intact',
      '.',
    ]);
    const erdogan = tokens[1];
    expect(erdogan).toMatchObject({ pos: 'PROPN', lemma: 'erdoğan' });
    // A mark outside the Basic Multilingual Plane is two UTF-16 units: the offsets after it hold.
    const astral = tokenize('Note', ['Tone x\u{1d167}y then Kyiv.']);
    const kyiv = astral.tokens.find((token) => astral.text.slice(token.start, token.end) === 'Kyiv');
    expect(kyiv?.start).toBe(astral.text.indexOf('Kyiv'));
  });

  it('reads a stretch of 20,000 characters without white space in pieces, every character kept', () => {
    // wink's time grows with the square of such a stretch; the pieces are 200 characters at most.
    // The flag's first half ends at the 200th unit: the cut moves before it.
    const stretch = `${'ab-c'.repeat(49)}abc🇺🇦${'x'.repeat(20_000)}`;
    const { text, tokens } = tokenize('Long', [`Before ${stretch} after.`]);
    const inStretch = tokens.filter((token) => token.start >= text.indexOf('ab-c'));
    expect(inStretch.every((token) => token.end - token.start <= 200)).toBe(true);
    // The tokens of the stretch follow each other and cover it, and none holds half a character.
    const covered = inStretch
      .slice(0, -2)
      .map((token) => text.slice(token.start, token.end))
      .join('');
    expect(covered).toBe(stretch);
    const loneHalf = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(inStretch.some((token) => loneHalf.test(text.slice(token.start, token.end)))).toBe(false);
    expect(tokens.slice(-2).map((token) => text.slice(token.start, token.end))).toEqual(['after', '.']);
  });

  it('tags parts of speech and lemmas', () => {
    const { text, tokens } = tokenize('Headline', ['The ministers signed the agreements.']);
    const signed = tokens.find((token) => text.slice(token.start, token.end) === 'signed');
    expect(signed).toMatchObject({ pos: 'VERB', lemma: 'sign' });
    const ministers = tokens.find((token) => text.slice(token.start, token.end) === 'ministers');
    expect(ministers?.pos).toBe('NOUN');
  });

  it('never lets a token cross a paragraph boundary', () => {
    const { text, tokens } = tokenize('Title', ['First paragraph.', 'Second paragraph.']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).not.toContain('\n');
  });
});
