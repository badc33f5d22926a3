import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle, Quote } from '../../document/annotations.js';
import { analyzeQuotes } from './analyze-quotes.fixture.js';

const analyze = (body: string[]) =>
  analyzeQuotes(body, { title: 'Harbour dispute', publishedAt: '2019-05-02' });

/** Each reported quotation as its speaker's words (the actor's name when there is one) and its clause. */
function reported(article: AnnotatedArticle): string[] {
  const name = (quote: Quote) =>
    article.actors?.find((actor) => actor.id === quote.speaker?.actorId)?.name ?? quote.speaker?.text ?? '?';
  return (article.quotes ?? [])
    .filter((quote) => !quote.direct)
    .map((quote) => `${name(quote)}: ${quote.text}`);
}

describe('reportedSpeech', () => {
  it('reads a clause after "that" past the prepositional phrases of the cue', () => {
    const article = analyze([
      'The harbour master, Tomas Eklund, said in a written statement on Tuesday that the pier would reopen within a week.',
    ]);
    expect(reported(article)).toEqual(['Tomas Eklund: the pier would reopen within a week']);
  });

  it('reads a clause without "that" whose subject opens with "about" and a number', () => {
    const article = analyze([
      'The harbour master, Tomas Eklund, said about 400 boats were stuck in the port.',
    ]);
    expect(reported(article)).toEqual(['Tomas Eklund: about 400 boats were stuck in the port']);
  });

  it('reads no clause after "said about" and a number without a verb of its own', () => {
    const article = analyze([
      'The harbour master, Tomas Eklund, said about 400 words in all at the meeting.',
    ]);
    expect(reported(article)).toEqual([]);
  });

  it('lets the name speak after a title written with its portfolio ("State Minister for Labour X told")', () => {
    const article = analyze([
      'State Minister for Fisheries Tomas Eklund told reporters the pier would reopen within a week.',
    ]);
    expect(reported(article)).toEqual(['Tomas Eklund: the pier would reopen within a week']);
  });

  it('reads the clause after "told <a hyphenated name> that"', () => {
    const article = analyze([
      'Tomas Eklund told the Ala-Too Press agency that the pier would reopen within a week.',
    ]);
    expect(reported(article)).toEqual(['Tomas Eklund: the pier would reopen within a week']);
  });

  it('reads a clause without "that" whose subject is a name right after the people told', () => {
    const article = analyze([
      'Tomas Eklund told reporters Stockholm hoped the pier would reopen within a week.',
    ]);
    expect(reported(article)).toEqual(['Tomas Eklund: Stockholm hoped the pier would reopen within a week']);
  });

  it('reads a clause without "that" whose subject holds a relative clause with its object', () => {
    const article = analyze([
      'Tomas Eklund said the ferries that replaced it were slower than the town had hoped.',
    ]);
    expect(reported(article)).toEqual([
      'Tomas Eklund: the ferries that replaced it were slower than the town had hoped',
    ]);
    expect(reported(analyze(['Tomas Eklund confirmed the talks that began on Monday.']))).toEqual([]);
  });

  it('reads no clause in an object that holds a relative clause without "that" ("the effect it would have")', () => {
    expect(
      reported(
        analyze(['Tomas Eklund reiterated the effect it would have on the fishing fleet in the north.']),
      ),
    ).toEqual([]);
    expect(
      reported(analyze(['Tomas Eklund said the plan they backed was too costly for the town.'])),
    ).toEqual(['Tomas Eklund: the plan they backed was too costly for the town']);
    expect(
      reported(analyze(['Tomas Eklund said last week it would reopen the pier within a month.'])),
    ).toEqual(['Tomas Eklund: it would reopen the pier within a month']);
  });

  it('reads a clause whose subject holds a hyphenated word ("the clean-air programme would")', () => {
    const article = analyze([
      'The harbour board said in a statement that the national clean-air programme would be reviewed in March.',
    ]);
    expect(reported(article).map((line) => line.split(': ')[1])).toEqual([
      'the national clean-air programme would be reviewed in March',
    ]);
  });

  it('reads no headline speech after a colon when the name before it is a possessive ("Stockholm\'s harbour: …")', () => {
    const article = analyze(["Stockholm's old harbour: a pilot and a fisherman on what went wrong"]);
    expect(reported(article)).toEqual([]);
  });

  it('takes no relative clause after a prepositional phrase for reported speech', () => {
    expect(reported(analyze(['The mayor warned of a storm that could flood the lower town.']))).toEqual([]);
  });

  it('reads a clause without "that" whose subject goes on with "in" and "and"', () => {
    const article = analyze([
      'Tomas Eklund said the storm in the harbour and rising sea levels had damaged the old pier.',
    ]);
    expect(reported(article)).toEqual([
      'Tomas Eklund: the storm in the harbour and rising sea levels had damaged the old pier',
    ]);
  });

  it('reads a clause without "that" whose subject holds a passive infinitive ("people to be extradited")', () => {
    const article = analyze(['Tomas Eklund said no names of people to be extradited had been discussed.']);
    expect(reported(article)).toEqual([
      'Tomas Eklund: no names of people to be extradited had been discussed',
    ]);
  });

  it('takes no object and an infinitive of the cue for a clause ("urged the council to be ready")', () => {
    expect(reported(analyze(['Tomas Eklund urged the council to be ready for the storm.']))).toEqual([]);
  });

  it('takes no object and second verb of the cue for a clause ("confirmed the plan and said")', () => {
    const article = analyze(['Tomas Eklund confirmed the closure of the pier and said nothing more.']);
    expect(reported(article)).toEqual([]);
  });

  it('splits the person told from the subject of the clause after "told"', () => {
    const article = analyze(['Tomas Eklund told fishermen the old pier had been closed for repairs.']);
    expect(reported(article)).toEqual(['Tomas Eklund: the old pier had been closed for repairs']);
  });

  it('reads the clause before an attribution set off by commas in the middle of a sentence', () => {
    const article = analyze([
      'The pier was closed by the storm on Monday night, the harbour master said, a week before the regatta.',
    ]);
    expect(reported(article)).toEqual(['harbour master: The pier was closed by the storm on Monday night']);
  });

  it('ends a reported clause at a semicolon', () => {
    const article = analyze([
      'Tomas Eklund said that the pier would reopen soon; boats waited outside the harbour.',
    ]);
    expect(reported(article)).toEqual(['Tomas Eklund: the pier would reopen soon']);
  });

  it('ends a reported clause before the writer\'s ", after meeting…" and ", and" with a second verb', () => {
    const after = analyze([
      'Tomas Eklund said that the pier would reopen soon, after meeting the fishermen on Monday.',
    ]);
    expect(reported(after)).toEqual(['Tomas Eklund: the pier would reopen soon']);
    const and = analyze([
      'The port authority said that the pier would reopen soon, and thanked the fishermen for their patience.',
    ]);
    expect(reported(and)).toEqual(['port authority: the pier would reopen soon']);
  });

  it('ends a reported clause before ", adding that…", which is a quotation of its own', () => {
    const article = analyze([
      'Tomas Eklund said that the pier would reopen soon, adding that the repairs would cost millions.',
    ]);
    expect(reported(article)[0]).toBe('Tomas Eklund: the pier would reopen soon');
  });

  it('keeps ", and" with a new subject inside the reported clause', () => {
    const article = analyze(['Tomas Eklund said that the pier had closed, and the boats had left.']);
    expect(reported(article)).toEqual(['Tomas Eklund: the pier had closed, and the boats had left']);
  });

  it('gives a cue after a long aside the description that opens the sentence', () => {
    const article = analyze([
      'Fishermen from the villages near the harbour, many of whom have lost their boats to the storms of the past two winters, said the new pier would not help them.',
    ]);
    expect(reported(article)).toEqual([
      'Fishermen from the villages near the harbour: the new pier would not help them',
    ]);
    expect(article.quotes?.[0]?.speaker?.actorId).toBeNull();
  });

  it('reads the newspaper told as one name over a lower-case link ("told the weekly Kurier am Abend that")', () => {
    const article = analyze([
      'Tomas Eklund told the weekly Kurier am Abend that the pier would reopen within a week.',
    ]);
    expect(reported(article)).toEqual(['Tomas Eklund: the pier would reopen within a week']);
  });

  it('takes no clause before a cue whose own clause opens with straight quoted words', () => {
    const article = analyze([
      'On the pier, where the storm did most damage, Tomas Eklund said the "harbour first" plan was "the only way".',
    ]);
    expect(reported(article).some((line) => line.includes('where the storm'))).toBe(false);
  });
});
