import { describe, expect, it } from 'vitest';
import { readActorDictionary } from './read-actor-dictionary.js';

// Written for this test in the Phoenix dictionaries' layout (tabs before date restrictions).
const DICTIONARY = [
  '# a comment line',
  'ISRAEL_  [ISR]',
  '+ISRAELI',
  '+TEL_AVIV_ ',
  '',
  'BENJAMIN_NETANYAHU_  # CountryInfo.txt',
  '+NETANYAHU',
  '+PRIME_MINISTER_NETANYAHU',
  '\t[ISRELI 670101-960618]',
  '\t[ISRGOV 960618-990706]',
  '\t[ISRGOV >090401]',
  '\t[ISRELI]',
  'BORIS_YELTSIN_',
  'PRESIDENT_YELTSIN',
  '\t[RUSGOV 910710-991231]',
  'U.N._',
  '',
  'UN_SECRETARY_GENERAL',
  '+UNSG',
  '\t[IGOUNO]',
  'JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt',
  'JEAN_MARIE_GUEHENNO_\t[IGOUNO 000101-080801] [---] #BK 16 Jul 2009',
  '+TAIOAN_ +TAWIAN_ ',
  '  \t[JORELI]',
  'Source: MNC.MLH.actors',
  'EGYPT_  [EGY]',
  '\t[EGYGOV 20121207-20120802] # PM pt. 2',
  '---STOP---',
  'AFTER_THE_STOP [XXX]',
].join('\n');

describe('readActorDictionary', () => {
  const { entries, problems } = readActorDictionary(DICTIONARY);
  const entry = (phrase: string) => entries.find((candidate) => candidate.phrase === phrase);

  it('reads an entry with its synonyms and its code on the first line', () => {
    expect(entry('ISRAEL_')).toEqual({
      phrase: 'ISRAEL_',
      line: 2,
      synonyms: ['ISRAELI', 'TEL_AVIV_'],
      codes: [{ code: 'ISR' }],
    });
  });

  it('reads the tab-indented date restrictions in order, the default one included', () => {
    expect(entry('BENJAMIN_NETANYAHU_')?.codes).toEqual([
      { code: 'ISRELI', from: '1967-01-01', to: '1996-06-18' },
      { code: 'ISRGOV', from: '1996-06-18', to: '1999-07-06' },
      { code: 'ISRGOV', from: '2009-04-01' },
      { code: 'ISRELI' },
    ]);
  });

  it('joins an entry without codes to the next one, as PETRARCH shares their codes', () => {
    expect(entry('BORIS_YELTSIN_')).toMatchObject({
      synonyms: ['PRESIDENT_YELTSIN'],
      codes: [{ code: 'RUSGOV', from: '1991-07-10', to: '1999-12-31' }],
    });
    expect(entry('PRESIDENT_YELTSIN')).toBeUndefined();
  });

  it('keeps an entry without codes apart when a blank line follows it', () => {
    expect(entry('U.N._')).toMatchObject({ synonyms: [], codes: [] });
    expect(entry('UN_SECRETARY_GENERAL')).toMatchObject({ synonyms: ['UNSG'], codes: [{ code: 'IGOUNO' }] });
  });

  it('reads several codes on the entry line and leaves out the null code', () => {
    expect(entry('JAVIER_DE_CUELLAR_')?.codes).toEqual([
      { code: 'IGOUNO', from: '1982-01-01', to: '1991-12-31' },
      { code: 'ELI' },
    ]);
    expect(entry('JEAN_MARIE_GUEHENNO_')?.codes).toEqual([
      { code: 'IGOUNO', from: '2000-01-01', to: '2008-08-01' },
      { code: 'JORELI' },
    ]);
  });

  it('splits two synonyms glued on one line', () => {
    expect(entry('JEAN_MARIE_GUEHENNO_')?.synonyms).toEqual(['TAIOAN_', 'TAWIAN_']);
  });

  it('reports prose and impossible ranges with their lines, and stops at ---STOP---', () => {
    expect(problems.map(({ line, problem }) => [line, problem])).toEqual([
      [25, 'prose, not a phrase'],
      [27, 'the range 20121207-20120802 ends before it starts'],
    ]);
    expect(entry('EGYPT_')?.codes).toEqual([{ code: 'EGY' }]);
    expect(entry('AFTER_THE_STOP')).toBeUndefined();
  });
});
