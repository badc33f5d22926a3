import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../document/annotations.js';
import { eventFixtures } from '../store/store.contract.js';
import { formatArticle } from './format-article.js';
import type { Output } from './output.js';

const output: Output = { out: () => {}, err: () => {}, isTTY: false };

describe('formatArticle', () => {
  it('lists each event with its code and what the code means, who to whom, the verb and the place', () => {
    const { israel } = eventFixtures();
    const events = israel.events ?? [];
    const [met, demanded] = events;
    if (!met || !demanded) throw new Error('fixture: two events');
    const start = israel.text.indexOf('Jerusalem', met.sentence.start);
    const place = { start, end: start + 'Jerusalem'.length, text: 'Jerusalem' };
    const article: AnnotatedArticle = {
      ...israel,
      events: [{ ...met, place }, { ...demanded, negated: true }, ...events.slice(2)],
    };
    const lines = formatArticle(article, output).split('\n');
    // 040 is "Consult, not specified below" and 106 "Demand withdrawal" in CAMEO's table.
    expect(lines).toContain(
      '2018-06-15  040 Consult  quad 1  ISRGOV Netanyahu -> RUSMIL Ivanovsky  (met)  in Jerusalem',
    );
    expect(lines).toContain(
      '2018-06-17  106 Demand withdrawal  quad 3  ISRGOV Netanyahu -> IRN Iran  (demanded; negated)',
    );
    expect(lines).toContain('2018-06-17  020 Appeal  quad 1  IGOUNO United Nations -> IRN Iran  (urged)');
  });

  it("names a side's actor when the text calls it otherwise", () => {
    const { israel } = eventFixtures();
    const [met] = israel.events ?? [];
    if (!met) throw new Error('fixture: an event');
    const article: AnnotatedArticle = {
      ...israel,
      events: [{ ...met, source: { ...met.source, text: 'He' } }],
    };
    expect(formatArticle(article, output).split('\n')).toContain(
      '2018-06-15  040 Consult  quad 1  ISRGOV Netanyahu ("He") -> RUSMIL Ivanovsky  (met)',
    );
  });

  it('prints a diagnostic given many times once, with the count', () => {
    const { israel } = eventFixtures();
    const guessed = {
      severity: 'info',
      code: 'events-date-guessed',
      message: 'a weekend, not a day',
    } as const;
    const article: AnnotatedArticle = {
      ...israel,
      diagnostics: [guessed, guessed, { ...guessed, message: 'a month' }, guessed],
    };
    const lines = formatArticle(article, output).split('\n');
    expect(lines.filter((line) => line.startsWith('info: '))).toEqual([
      'info: events-date-guessed: a weekend, not a day (3 times)',
      'info: events-date-guessed: a month',
    ]);
  });
});
