import { describe, expect, it } from 'vitest';
import { readWikidataHeads } from './read-wikidata-heads.js';

// Rows as leaders_history.csv has them (the Netanyahu and Macron rows are copied from it).
const CSV = [
  'iso3,country,role,person,person_qid,start,end,party,end_cause',
  'ISR,Israel,head_of_government,Benjamin Netanyahu,Q43723,1996-06-18T00:00:00Z,1999-07-06T00:00:00Z,Likud,',
  'ISR,Israel,head_of_government,Benjamin Netanyahu,Q43723,2009-03-31T00:00:00Z,2021-06-13T00:00:00Z,Likud,',
  'ISR,Israel,head_of_government,Benjamin Netanyahu,Q43723,2022-12-29T00:00:00Z,,Likud,',
  'ISR,Israel,head_of_government,Benjamin Netanyahu,Q43723,2022-12-29T00:00:00Z,2023-01-01T00:00:00Z,Likud,',
  'AND,Andorra,head_of_state,Emmanuel Macron,Q3052772,2017-05-14T00:00:00Z,,,',
  'FRA,França,head_of_state,Emmanuel Macron,Q3052772,2017-05-14T00:00:00Z,,,',
  'TLS,Timor-Leste,head_of_state,José Ramos-Horta,Q212167,2007-05-20T00:00:00Z,2012-05-20T00:00:00Z,,',
  'BHR,Barein,head_of_government,Q6402249,Q6402249,,,,',
  'BHR,Barein,head_of_government,Fulano,Q1,,2001-01-01T00:00:00Z,,',
].join('\n');

describe('readWikidataHeads', () => {
  const { heads, counts } = readWikidataHeads(CSV);
  const head = (qid: string) => heads.find((candidate) => candidate.qid === qid);

  it('gives each dated term a <COUNTRY>GOV code, an empty end leaving the term open', () => {
    expect(head('Q43723')?.codes).toEqual([
      { code: 'ISRGOV', from: '1996-06-18', to: '1999-07-06' },
      { code: 'ISRGOV', from: '2009-03-31', to: '2021-06-13' },
      { code: 'ISRGOV', from: '2022-12-29', to: '2023-01-01' },
    ]);
  });

  it('drops a repeated row, keeping the one with an end date', () => {
    expect(counts.duplicateRows).toBe(1);
  });

  it('codes a head of France and co-prince of Andorra by France alone', () => {
    expect(head('Q3052772')?.codes).toEqual([{ code: 'FRAGOV', from: '2017-05-14' }]);
    expect(counts.sharedHeadshipTerms).toBe(1);
  });

  it('uses the Phoenix code of a country where it differs from ISO', () => {
    expect(head('Q212167')?.codes).toEqual([{ code: 'TMPGOV', from: '2007-05-20', to: '2012-05-20' }]);
  });

  it('skips rows without a name and terms without a start', () => {
    expect(head('Q6402249')).toBeUndefined();
    expect(head('Q1')).toMatchObject({ names: ['Fulano'], codes: [] });
    expect(counts).toMatchObject({ unnamedRows: 1, undatedTerms: 1 });
  });

  it('refuses a file whose columns are not the expected ones', () => {
    expect(() => readWikidataHeads('iso3,person\nISR,Someone')).toThrow(/expected the columns/);
  });
});
