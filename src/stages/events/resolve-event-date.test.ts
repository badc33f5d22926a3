import { describe, expect, it } from 'vitest';
import { resolveEventDate } from './resolve-event-date.js';

/** The seed article's date (/work/shared/seeds/000_69708e555aba87ee.txt, "06/17/2018"): a Sunday. */
const SUNDAY = '2018-06-17';

/** Resolves a one-sentence text whose event verb is the first whole-word `verb`. */
function resolveIn(sentence: string, verb: string, published: string | undefined) {
  const start = sentence.search(new RegExp(`\\b${verb}\\b`));
  if (start < 0) throw new Error(`no "${verb}" in "${sentence}"`);
  const span = { start, end: start + verb.length };
  return resolveEventDate(sentence, { start: 0, end: sentence.length }, span, published);
}

const resolve = (sentence: string, verb: string) => resolveIn(sentence, verb, SUNDAY);

const dateOf = (sentence: string, verb: string, published = SUNDAY) =>
  resolveIn(sentence, verb, published).date;

describe('resolveEventDate in the seed article (Sunday 17 June 2018)', () => {
  it('points at the date words by offsets into the whole article text', () => {
    const text =
      'Russia confirmed the talks.\n\nNetanyahu also met with the head of Russia’s Military Police ' +
      'Directorate, Vladimir Ivanovsky, who traveled to Jerusalem on Friday, their meeting part of ' +
      'military coordination.';
    const sentence = { start: text.indexOf('Netanyahu'), end: text.length };
    const verbStart = text.indexOf('traveled');
    const verb = { start: verbStart, end: verbStart + 'traveled'.length };
    const result = resolveEventDate(text, sentence, verb, SUNDAY);
    const start = text.indexOf('on Friday');
    expect(result).toEqual({ date: '2018-06-15', dateText: { start, end: start + 9, text: 'on Friday' } });
  });

  it.each([
    ['Russia agreed to strengthen coordination during a call on Friday.', 'agreed', '2018-06-15'],
    ['The prime minister confirmed the talks on Sunday.', 'confirmed', '2018-06-17'],
    ['Israel struck the convoy on Monday.', 'struck', '2018-06-11'],
    ['Israel struck the convoy on Saturday.', 'struck', '2018-06-16'],
    ['Israel struck the convoy last Friday.', 'struck', '2018-06-15'],
    ['Israel struck the convoy last Sunday.', 'struck', '2018-06-10'],
    ['Netanyahu meets Putin next Tuesday.', 'meets', '2018-06-19'],
    ['Netanyahu meets Putin next Sunday.', 'meets', '2018-06-24'],
    ['Netanyahu will meet Putin on Tuesday.', 'meet', '2018-06-19'],
    ['Netanyahu will meet Putin this Friday.', 'meet', '2018-06-22'],
    ['Netanyahu meets Putin this coming Friday.', 'meets', '2018-06-22'],
    ['Netanyahu is due to meet Putin on Thursday.', 'meet', '2018-06-21'],
    ['Thousands attended Friday prayers.', 'attended', '2018-06-15'],
    ["Friday's attack killed four.", 'killed', '2018-06-15'],
    ['Israel struck the convoy on FRIDAY.', 'struck', '2018-06-15'],
    ['Israel struck the convoy on friday.', 'struck', '2018-06-15'],
  ])('dates "%s" (verb %s) to %s', (sentence, verb, date) => {
    expect(dateOf(sentence, verb)).toBe(date);
  });

  it.each([
    ['Israel struck the convoy today.', '2018-06-17'],
    ['Israel struck the convoy tonight.', '2018-06-17'],
    ['Israel struck the convoy this morning.', '2018-06-17'],
    ['Israel struck the convoy this evening.', '2018-06-17'],
    ['Israel struck the convoy yesterday.', '2018-06-16'],
    ['Israel struck the convoy last night.', '2018-06-16'],
    ['Israel struck the convoy the day before yesterday.', '2018-06-15'],
    ['Israel struck the convoy two days ago.', '2018-06-15'],
    ['Israel struck the convoy 3 days ago.', '2018-06-14'],
    ['Israel struck the convoy tomorrow.', '2018-06-18'],
    ['Israel struck the convoy the day after tomorrow.', '2018-06-19'],
  ])('dates "%s" counting from the publication day to %s', (sentence, date) => {
    expect(dateOf(sentence, 'struck')).toBe(date);
  });

  it('keeps the whole of "the day before yesterday" as the evidence', () => {
    expect(resolve('Israel struck the convoy the day before yesterday.', 'struck').dateText?.text).toBe(
      'the day before yesterday',
    );
  });

  it.each([
    ['Israel struck the convoy on June 15.', '2018-06-15'],
    ['Israel struck the convoy on 15 June.', '2018-06-15'],
    ['Israel struck the convoy on June 15th.', '2018-06-15'],
    ['Israel struck the convoy on the 15th of June.', '2018-06-15'],
    ['Israel struck the convoy on June 20.', '2017-06-20'],
    ['Israel struck the convoy on Dec. 31.', '2017-12-31'],
    ['Israel struck the convoy on Sept. 3.', '2017-09-03'],
    ['Israel struck the convoy on Jan. 5.', '2018-01-05'],
    ['Israel struck the convoy on June 15, 2016.', '2016-06-15'],
    ['Israel struck the convoy on 15 June 2016.', '2016-06-15'],
    ['Israel struck the convoy on 2016-06-15.', '2016-06-15'],
    ['Israel struck the convoy on Friday, June 15, 2018.', '2018-06-15'],
    ['Israel struck the convoy on the 15th.', '2018-06-15'],
    ['Israel struck the convoy on the 20th.', '2018-05-20'],
    ['Israel struck the convoy on the 31st.', '2018-05-31'],
  ])('dates "%s" to %s', (sentence, date) => {
    expect(dateOf(sentence, 'struck')).toBe(date);
  });

  it('takes the coming June 20 for an event in the future tense', () => {
    expect(dateOf('Netanyahu will meet Putin on June 20.', 'meet')).toBe('2018-06-20');
  });

  it('takes the coming 31st, skipping June, for an event in the future tense', () => {
    expect(dateOf('Netanyahu will meet Putin on the 31st.', 'meet')).toBe('2018-07-31');
  });

  it('keeps a weekday and the date after it as one piece of evidence, dated by the date', () => {
    expect(resolve('Israel struck the convoy on Friday, June 15, 2018.', 'struck').dateText?.text).toBe(
      'on Friday, June 15, 2018',
    );
  });

  it('prefers the date nearest the verb', () => {
    const sentence = 'Netanyahu said on Friday that Israel will strike on Monday.';
    expect(dateOf(sentence, 'said')).toBe('2018-06-15');
    expect(dateOf(sentence, 'strike')).toBe('2018-06-18');
  });

  it('reads the tense of the verb, not of the sentence', () => {
    expect(dateOf('Netanyahu said on Wednesday that Iran will regret it.', 'said')).toBe('2018-06-13');
  });

  it('completes a month and day with the year of the sentence', () => {
    expect(resolve('In 2015, Israel struck the convoy on June 3.', 'struck')).toEqual({
      date: '2015-06-03',
      dateText: { start: 34, end: 43, text: 'on June 3' },
      guessed: 'the year of "in 2015"',
    });
  });
});

describe('resolveEventDate for what is not a day', () => {
  it.each([
    ['Israel struck the convoy last week.', 'last week', 'a week, not a day'],
    ['Israel struck the convoy last month.', 'last month', 'a month, not a day'],
    ['Israel struck the convoy last year.', 'last year', 'a year, not a day'],
    ['Israel struck the convoy over the weekend.', 'the weekend', 'a weekend, not a day'],
    ['Israel struck the convoy in 2015.', 'in 2015', 'a year, not a day'],
    ['Israel struck the convoy in June.', 'in June', 'a month, not a day'],
    ['Israel struck the convoy in June 2015.', 'in June 2015', 'a month, not a day'],
    ['Israel struck the convoy two months ago.', 'two months ago', 'a month, not a day'],
    ['Israel struck the convoy a few days ago.', 'a few days ago', 'a few days, not a day'],
  ])('keeps the publication day for "%s" and says why', (sentence, text, guessed) => {
    const result = resolve(sentence, 'struck');
    expect(result.date).toBe(SUNDAY);
    expect(result.dateText?.text).toBe(text);
    expect(result.guessed).toBe(guessed);
  });

  it('counts "three weeks ago" as 21 days before, as a guess', () => {
    expect(resolve('Israel struck the convoy three weeks ago.', 'struck')).toMatchObject({
      date: '2018-05-27',
      guessed: 'a week, not a day',
    });
  });

  it('prefers a day to a guess at the same distance from the verb', () => {
    expect(dateOf('Rockets fired last week struck on Friday.', 'struck')).toBe('2018-06-15');
  });
});

describe('resolveEventDate across leap years and year boundaries', () => {
  it.each([
    ['Israel struck the convoy on Feb. 29, 2016.', SUNDAY, '2016-02-29'],
    ['Israel struck the convoy on 2016-02-29.', SUNDAY, '2016-02-29'],
    ['Israel struck the convoy on Feb. 29.', SUNDAY, '2016-02-29'],
    ['Israel struck the convoy on Dec. 30.', '2019-01-02', '2018-12-30'],
    ['Israel struck the convoy on Monday.', '2019-01-02', '2018-12-31'],
    ['Israel struck the convoy yesterday.', '2019-01-01', '2018-12-31'],
    ['Netanyahu will meet Putin on Jan. 3.', '2018-12-30', '2019-01-03'],
    ['Israel struck the convoy tomorrow.', '2016-02-28', '2016-02-29'],
  ])('dates "%s" published %s to %s', (sentence, published, date) => {
    const verb = sentence.includes('meet') ? 'meet' : 'struck';
    expect(dateOf(sentence, verb, published)).toBe(date);
  });

  it.each([
    'Israel struck the convoy on Feb. 29, 2018.',
    'Israel struck the convoy on 2018-02-29.',
    'Israel struck the convoy on February 30.',
    'Israel struck the convoy on June 31.',
  ])('finds no date in the impossible "%s"', (sentence) => {
    expect(resolve(sentence, 'struck')).toEqual({ date: SUNDAY });
  });
});

describe('resolveEventDate without a publication day', () => {
  it('returns an empty date when the sentence gives none', () => {
    expect(resolveIn('Israel struck the convoy.', 'struck', undefined)).toEqual({ date: '' });
  });

  it('returns an empty date for words that need the publication day', () => {
    expect(resolveIn('Israel struck the convoy on Friday.', 'struck', undefined)).toEqual({ date: '' });
    expect(resolveIn('Israel struck the convoy last week.', 'struck', undefined)).toEqual({ date: '' });
  });

  it('still reads a date that carries its year', () => {
    expect(resolveIn('Israel struck the convoy on June 15, 2016.', 'struck', undefined).date).toBe(
      '2016-06-15',
    );
  });

  it('treats a publication date that is no day as none', () => {
    expect(resolveIn('Israel struck the convoy on Friday.', 'struck', '2018-02-30')).toEqual({ date: '' });
  });

  it('cuts a publication date-time to its day', () => {
    expect(dateOf('Israel struck the convoy yesterday.', 'struck', '2018-06-17T23:10:00-05:00')).toBe(
      '2018-06-16',
    );
  });
});

describe('resolveEventDate leaves other words alone', () => {
  it.each([
    ['Iran may attack Israel.', 'attack'],
    ['Officials said the protesters march 20 kilometres each day.', 'said'],
    ['Officials said 15 soldiers were killed.', 'killed'],
    ['The Sun reported that Sun Yat-sen was praised.', 'reported'],
    ['A statement from Wed Holdings was issued.', 'issued'],
    ['The Good Friday Agreement was signed.', 'signed'],
    ['The Sunday Times reported the strike.', 'reported'],
    ['Theresa May said Britain would act.', 'said'],
    ['Rebels attacked on the 15th day of the siege.', 'attacked'],
    ['Rebels attacked Jan Kowalski.', 'attacked'],
    ['Rebels fired 15,000 shells in 15km.', 'fired'],
  ])('finds no date in "%s"', (sentence, verb) => {
    expect(resolve(sentence, verb)).toEqual({ date: SUNDAY });
  });
});

describe('resolveEventDate on long sentences', () => {
  it('reads a 5,000-word sentence', () => {
    const sentence = `${'the army said that '.repeat(1250)}Israel struck on Friday.`;
    expect(dateOf(sentence, 'struck')).toBe('2018-06-15');
  });

  it('reads a sentence of 10,000 "Friday"s', () => {
    const sentence = `Israel struck ${'Friday '.repeat(10_000)}.`;
    expect(resolve(sentence, 'struck').dateText).toEqual({ start: 14, end: 20, text: 'Friday' });
  });

  it('reads a sentence of 10,000 digits and of 10,000 apostrophes', () => {
    expect(dateOf(`Israel struck ${'1'.repeat(10_000)}km on Friday.`, 'struck')).toBe('2018-06-15');
    expect(dateOf(`Israel struck ${"'".repeat(10_000)} on Friday.`, 'struck')).toBe('2018-06-15');
  });
});
