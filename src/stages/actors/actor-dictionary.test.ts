import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  codesOf,
  createActorDictionary,
  loadActorDictionary,
  lookupActor,
  lookupAgent,
  matchActorAt,
} from './actor-dictionary.js';
import type { KnownActor } from './actor-dictionary-file.js';

const NETANYAHU: KnownActor = {
  id: 'wikidata:Q43723',
  name: 'Benjamin Netanyahu',
  wikidataId: 'Q43723',
  variants: [['Benjamin', 'Netanyahu'], ['Netanyahu'], ['Prime', 'Minister', 'Netanyahu']],
  codes: [
    { code: 'ISRGOV', from: '2009-03-31', to: '2021-06-13' },
    { code: 'ISRGOV', from: '2022-12-29' },
  ],
  sources: ['wikidata:Q43723'],
};
const ISRAEL: KnownActor = {
  id: 'phoenix:ISRAEL',
  name: 'Israel',
  variants: [['Israel'], ['Israeli'], ['Jerusalem']],
  codes: [{ code: 'ISR' }],
  sources: ['Phoenix.Countries.actors.txt:23336'],
};
const PALESTINE: KnownActor = {
  id: 'phoenix:PALESTINE',
  name: 'Palestine',
  variants: [['Palestine'], ['Jerusalem']],
  codes: [{ code: 'PSE' }],
  sources: ['Phoenix.Countries.actors.txt:36535'],
};
// Made up, to see how actors sharing the variant "Jerusalem" are ranked.
const JERUSALEM: KnownActor = {
  id: 'test:JERUSALEM',
  name: 'Jerusalem',
  variants: [['Jerusalem']],
  codes: [{ code: 'ISRGOVLOC' }],
  sources: ['test'],
};
const MAYOR: KnownActor = {
  id: 'test:MAYOR_OF_JERUSALEM',
  name: 'Mayor of Jerusalem',
  variants: [['Mayor', 'of', 'Jerusalem'], ['Jerusalem']],
  codes: [{ code: 'ISRGOVLOC', from: '2000-01-01', to: '2001-01-01' }],
  sources: ['test'],
};

const dictionary = createActorDictionary({
  actors: [NETANYAHU, PALESTINE, ISRAEL, MAYOR, JERUSALEM],
  agents: [
    { words: ['minister'], roleCode: 'GOV' },
    { words: ['prime', 'minister'], roleCode: 'GOV' },
    { words: ['truce', 'monitor'], roleCode: 'IGO', isPrefix: true },
  ],
});

describe('lookupActor', () => {
  it('finds a name variant ignoring case, with the code of that date', () => {
    expect(lookupActor(dictionary, ['NETANYAHU'], '2018-06-17')).toEqual({
      actorId: 'wikidata:Q43723',
      name: 'Benjamin Netanyahu',
      code: 'ISRGOV',
    });
  });

  it('gives nothing for a known name without a code on that date', () => {
    expect(lookupActor(dictionary, ['Benjamin', 'Netanyahu'], '2021-07-15')).toBeUndefined();
  });

  it('matches whole variants only', () => {
    expect(lookupActor(dictionary, ['Benjamin'], '2018-06-17')).toBeUndefined();
    expect(lookupActor(dictionary, ['Netanyahu', 'said'], '2018-06-17')).toBeUndefined();
  });

  it('prefers, among actors with default codes, the one whose own name the variant is', () => {
    expect(lookupActor(dictionary, ['Jerusalem'], '2018-06-17')?.actorId).toBe('test:JERUSALEM');
  });

  it('prefers an actor with a dated code on that date to one with a default code', () => {
    expect(lookupActor(dictionary, ['Jerusalem'], '2000-06-01')?.actorId).toBe('test:MAYOR_OF_JERUSALEM');
  });

  it('refuses a date that is not ISO', () => {
    expect(() => lookupActor(dictionary, ['Israel'], '06/17/2018')).toThrow(/ISO date/);
  });
});

describe('matchActorAt', () => {
  const words = 'Prime Minister Netanyahu met Israeli officials'.split(' ');

  it('finds the longest variant starting at a word', () => {
    expect(matchActorAt(dictionary, words, 0, '2018-06-17')).toEqual({
      start: 0,
      end: 3,
      actorId: 'wikidata:Q43723',
      name: 'Benjamin Netanyahu',
      code: 'ISRGOV',
    });
  });

  it('still reports a known name without a code on that date', () => {
    expect(matchActorAt(dictionary, words, 2, '2021-07-15')).toMatchObject({ end: 3, code: undefined });
  });

  it('gives nothing where no variant starts', () => {
    expect(matchActorAt(dictionary, words, 3, '2018-06-17')).toBeUndefined();
  });
});

describe('codesOf and lookupAgent', () => {
  it('lists an actor’s codes, and none for an unknown id', () => {
    expect(codesOf(dictionary, 'wikidata:Q43723')).toEqual(NETANYAHU.codes);
    expect(codesOf(dictionary, 'phoenix:NOBODY')).toEqual([]);
  });

  it.each([
    ['Minister', 'GOV'],
    ['prime minister', 'GOV'],
    [['Truce', 'Monitor'], 'IGO'],
    ['ministers', undefined],
  ])('gives the agent %j the role %s', (words, code) => {
    expect(lookupAgent(dictionary, words)).toBe(code);
  });
});

describe('loadActorDictionary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'actor-dictionary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file and the field when the file has the wrong shape', () => {
    const path = join(dir, 'wrong.json.gz');
    const file = {
      format: 'newsgraph-actor-dictionary',
      version: 1,
      sources: [],
      actors: [{ id: 'x' }],
      agents: [],
    };
    writeFileSync(path, gzipSync(JSON.stringify(file)));
    expect(() => loadActorDictionary(path)).toThrow(new RegExp(`${path}.*actors\\.0\\.name`));
  });

  it('names the file when it cannot be read', () => {
    const path = join(dir, 'missing.json.gz');
    expect(() => loadActorDictionary(path)).toThrow(new RegExp(`Cannot read the actor dictionary ${path}`));
  });
});

const SHARED_DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const isSkipped = !existsSync(SHARED_DATA) && process.env.NEWSGRAPH_REQUIRE_ALL !== '1';

// Expected codes read off the sources by hand: Phoenix.Countries.actors.txt gives Netanyahu
// [ISRGOV >090401] and the default [ISRELI], Putin [RUSGOV >080508] and the default [RUSELI];
// leaders_history.csv ends Netanyahu's term on 2021-06-13 (the next starts 2022-12-29) and has
// Putin as head of government 2008-05-08..2012-05-07 and head of state from 2012-05-07;
// Phoenix.agents.txt has "!MINIST!  [~GOV]"; Phoenix.International.actors.txt has
// "UNITED_NATIONS_ [IGOUNO]" and "NATO_ ... [IGOWSTNAT]".
describe.skipIf(isSkipped)(
  isSkipped
    ? `the built actor dictionary (skipped: ${SHARED_DATA} is missing)`
    : 'the built actor dictionary',
  () => {
    const built = isSkipped ? dictionary : loadActorDictionary();
    const codeOf = (name: string, date: string) => lookupActor(built, name.split(' '), date)?.code;

    it.each([
      ['Benjamin Netanyahu', '2018-06-17', 'ISRGOV'],
      ['Netanyahu', '2021-07-15', 'ISRELI'],
      ['Netanyahu', '2023-06-01', 'ISRGOV'],
      ['Vladimir Putin', '2018-06-17', 'RUSGOV'],
      ['Putin', '2010-01-01', 'RUSGOV'],
      ['United Nations', '2018-06-17', 'IGOUNO'],
      ['NATO', '2018-06-17', 'IGOWSTNAT'],
    ])('codes %s on %s as %s', (name, date, code) => {
      expect(codeOf(name, date)).toBe(code);
    });

    it('gives "minister" the role GOV', () => {
      expect(lookupAgent(built, 'minister')).toBe('GOV');
    });
  },
);
