import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createVerbDictionary,
  loadVerbDictionary,
  type VerbEntry,
  verbsForLemma,
} from './verb-dictionary.js';
import type { VerbDictionaryFile } from './verb-dictionary-file.js';

const NO_EVENT = { active: null, passive: null };

/** The MEET_PEOPLE block as CAMEO.2.0.txt lines 5425, 5428, 5432 and 5435 give it, converted by hand. */
const file: VerbDictionaryFile = {
  format: 'newsgraph-verb-dictionary',
  version: 1,
  source: { file: 'phoenix/CAMEO.2.0.txt', sha256: '0'.repeat(64), origin: 'test', licence: 'MIT' },
  synsets: {},
  blocks: [
    { name: 'MEET_PEOPLE', line: 5425, code: { active: '040', passive: null }, patterns: [] },
    { name: 'ASK', line: 912, code: NO_EVENT, patterns: [] },
  ],
  verbs: [
    { lemma: 'meet', forms: ['meet', 'met', 'meets', 'meeting'], after: ['with'], block: 0, line: 5428 },
    { lemma: 'contact', forms: ['contact', 'contacts', 'contacted', 'contacting'], block: 0, line: 5432 },
    { lemma: 'meet', forms: ['meet', 'meets', 'met', 'meeting'], block: 0, line: 5435 },
    {
      lemma: 'ask',
      forms: ['ask', 'asks', 'asked', 'asking'],
      code: { active: '020', passive: null },
      block: 1,
      line: 920,
    },
  ],
  transformations: [],
};

const linesOf = (entries: readonly VerbEntry[]) => entries.map((entry) => entry.line);

describe('verbsForLemma', () => {
  const dictionary = createVerbDictionary(file);

  it('finds every verb of a lemma, in file order', () => {
    expect(linesOf(verbsForLemma(dictionary, 'meet'))).toEqual([5428, 5435]);
  });

  it('finds a verb by a surface form', () => {
    expect(linesOf(verbsForLemma(dictionary, 'met'))).toEqual([5428, 5435]);
    expect(linesOf(verbsForLemma(dictionary, 'contacted'))).toEqual([5432]);
  });

  it('ignores case', () => {
    expect(linesOf(verbsForLemma(dictionary, 'Meeting'))).toEqual([5428, 5435]);
  });

  it('finds nothing for a word the dictionary lacks', () => {
    expect(verbsForLemma(dictionary, 'sing')).toEqual([]);
  });

  it("gives a verb without a code of its own its block's default code", () => {
    const [contact] = verbsForLemma(dictionary, 'contact');
    expect(contact?.code).toEqual({ active: '040', passive: null });
    expect(contact?.block.name).toBe('MEET_PEOPLE');
  });

  it("keeps a verb's own code beside its block's default", () => {
    const [ask] = verbsForLemma(dictionary, 'ask');
    expect(ask?.code).toEqual({ active: '020', passive: null });
    expect(ask?.defaultCode).toEqual(NO_EVENT);
  });

  it('gives a multi-word verb its words after the verb', () => {
    expect(verbsForLemma(dictionary, 'meet')[0]?.after).toEqual(['with']);
    expect(verbsForLemma(dictionary, 'meet')[1]?.after).toEqual([]);
  });

  it('lets a later pattern of the same words replace an earlier one, as PETRARCH-2 stores them', () => {
    const noun = (word: string) => ({
      kind: 'noun' as const,
      tokens: [{ kind: 'word' as const, words: [word] }],
    });
    const pattern = (line: number, word: string, active: string) => ({
      line,
      text: `- * ${word.toUpperCase()} [${active}]`,
      code: { active, passive: null },
      before: [],
      after: [noun(word)],
    });
    const block = {
      ...file.blocks[0],
      name: 'APPROVE',
      patterns: [pattern(1, 'pact', '031'), pattern(2, 'budget', '051'), pattern(3, 'pact', '057')],
    } as VerbDictionaryFile['blocks'][number];
    const approve = createVerbDictionary({
      ...file,
      blocks: [block],
      verbs: [{ lemma: 'approve', forms: ['approve'], block: 0, line: 4 }],
    });
    expect(approve.blocks[0]?.patterns.map((kept) => kept.line)).toEqual([2, 3]);
  });
});

describe('loadVerbDictionary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verb-dictionary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file it cannot read', () => {
    const path = join(dir, 'missing.json.gz');
    expect(() => loadVerbDictionary(path)).toThrow(path);
  });

  it('names the file and the field that has the wrong shape', () => {
    const path = join(dir, 'bad.json.gz');
    const broken = { ...file, verbs: [{ ...file.verbs[0], forms: [] }] };
    writeFileSync(path, gzipSync(JSON.stringify(broken)));
    expect(() => loadVerbDictionary(path)).toThrow(`${path} is not in the expected format: verbs.0.forms`);
  });

  it('reads a file written from a dictionary in memory', () => {
    const path = join(dir, 'good.json.gz');
    writeFileSync(path, gzipSync(JSON.stringify(file)));
    expect(linesOf(loadVerbDictionary(path).verbs)).toEqual([5428, 5432, 5435, 920]);
  });
});

const SOURCE = fileURLToPath(new URL('../../../../shared/data/phoenix/CAMEO.2.0.txt', import.meta.url));
const isSkipped = !existsSync(SOURCE) && process.env.NEWSGRAPH_REQUIRE_ALL !== '1';

describe.skipIf(isSkipped)(
  `the shipped verb dictionary${isSkipped ? ` (skipped: ${SOURCE} is missing)` : ''}`,
  () => {
    const dictionary = isSkipped ? createVerbDictionary(file) : loadVerbDictionary();
    const codesOf = (lemma: string) => verbsForLemma(dictionary, lemma).map((verb) => verb.code.active);

    it('was converted from the CAMEO.2.0.txt beside the project', () => {
      expect(dictionary.source.sha256).toBe(createHash('sha256').update(readFileSync(SOURCE)).digest('hex'));
    });

    // Each lemma's verb line and block header in CAMEO.2.0.txt:
    it.each([
      ['agree', ['050']], // 5607 "---  AGREE   [050]  ---", 5608 "AGREE"
      ['meet', ['040', '040']], // 5425 "---  MEET_PEOPLE   [040]  ---", 5428 "+MEET_WITH {...}", 5435 "MEET {MEETS MET MEETING}"
      ['demand', ['100']], // 7095 "---  DEMAND   [100]  ---", 7102 "DEMAND"
      ['threaten', ['130']], // 7685 "---  THREATEN   [130]  ---", 7686 "THREATEN"
      ['attack', ['190']], // 8871 "---  PHYSICAL_CONFLICT   [190]  ---", 8881 "ATTACK"
    ])('codes "%s" as the file says', (lemma, codes) => {
      expect(codesOf(lemma)).toEqual(codes);
    });

    it('finds "met" under "meet"', () => {
      expect(verbsForLemma(dictionary, 'met').map((verb) => verb.lemma)).toEqual(['meet', 'meet']);
    });

    it("keeps the DEMAND block's patterns, with their lines", () => {
      // 7182: "- * MEETING                                           [106]         # DEMAND"
      const [demand] = verbsForLemma(dictionary, 'demand');
      expect(demand?.block.patterns.find((pattern) => pattern.line === 7182)).toMatchObject({
        code: { active: '106', passive: null },
        after: [{ kind: 'noun', tokens: [{ kind: 'word', words: ['meeting'] }] }],
      });
    });
  },
);
