import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseVerbDictionary } from './parse-verb-dictionary.js';

// Inputs are lines of ../shared/data/phoenix/CAMEO.2.0.txt (MIT, Open Event Data Alliance), quoted
// with their line numbers there; expected values are read off those lines by hand.

const parse = (...lines: string[]) => parseVerbDictionary(lines.join('\n'));
const NO_EVENT = { active: null, passive: null };

describe('parseVerbDictionary', () => {
  // CAMEO.2.0.txt lines 7095, 7101 and 7109.
  const demand = parse('---  DEMAND   [100]  ---', 'DEMAND ', 'WANT [030]');

  it("gives the block its header's code as the default", () => {
    expect(demand.blocks).toEqual([
      { name: 'DEMAND', line: 1, code: { active: '100', passive: null }, patterns: [] },
    ]);
  });

  it('gives a verb its own code only when its line has one', () => {
    expect(demand.verbs.map((verb) => [verb.lemma, verb.code])).toEqual([
      ['demand', undefined],
      ['want', { active: '030', passive: null }],
    ]);
  });

  it('reads a null block code [---] as no event', () => {
    // Lines 912 and 920: the ASK block codes nothing by default; ASK itself is 020.
    const ask = parse('---  ASK   [---]  ---', 'ASK     [020]');
    expect(ask.blocks[0]?.code).toEqual(NO_EVENT);
    expect(ask.verbs[0]?.code).toEqual({ active: '020', passive: null });
  });

  // Lines 5425, 5428 and 5432 to 5435 (the synonyms of the MEET_PEOPLE block).
  const meet = parse(
    '---  MEET_PEOPLE   [040]  ---',
    '+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }',
    'CONTACT ',
    'MEET {MEETS MET MEETING} ',
    '- * (FOR TALKS)                                       [036:036]     # MEET',
    '- * CHARGE                                            [:112]        # FACE',
  );

  it('lists the synonyms of a block as verbs of that block', () => {
    expect(meet.verbs.map((verb) => [verb.lemma, verb.block, verb.line])).toEqual([
      ['meet', 0, 2],
      ['contact', 0, 3],
      ['meet', 0, 4],
    ]);
  });

  it('takes the forms in braces as the irregular forms of a verb', () => {
    expect(meet.verbs[2]?.forms).toEqual(['meet', 'meets', 'met', 'meeting']);
  });

  it('generates the regular forms of a verb without braces', () => {
    expect(meet.verbs[1]?.forms).toEqual(['contact', 'contacts', 'contacted', 'contacting']);
  });

  it('reads a multi-word verb as its verb word, its forms and the words after it', () => {
    expect(meet.verbs[0]).toEqual({
      lemma: 'meet',
      forms: ['meet', 'met', 'meets', 'meeting'],
      after: ['with'],
      block: 0,
      line: 2,
    });
  });

  it('reads a passive-only code [:112]', () => {
    expect(meet.blocks[0]?.patterns[1]?.code).toEqual({ active: null, passive: '112' });
  });

  it('keeps the line and its text with each pattern', () => {
    expect(meet.blocks[0]?.patterns[0]).toMatchObject({
      line: 5,
      text: '- * (FOR TALKS)                                       [036:036]     # MEET',
      code: { active: '036', passive: '036' },
    });
  });

  it('reads a pattern whose target follows a preposition', () => {
    // Line 1523, in the EXPORT block.
    const { blocks } = parse(
      '---  EXPORT   [---]  ---',
      'EXPORT ',
      '- * {PASSENGER CARS} (TO +)                           [061]         # EXPORT',
    );
    expect(blocks[0]?.patterns[0]).toEqual({
      line: 3,
      text: '- * {PASSENGER CARS} (TO +)                           [061]         # EXPORT',
      code: { active: '061', passive: null },
      before: [],
      after: [
        {
          kind: 'noun',
          tokens: [
            { kind: 'word', words: ['passenger'] },
            { kind: 'word', words: ['cars'] },
          ],
        },
        {
          kind: 'preposition',
          preposition: ['to'],
          objects: [{ kind: 'noun', tokens: [{ kind: 'target' }] }],
        },
      ],
      target: { side: 'after', preposition: ['to'] },
    });
  });

  it('reads a pattern that places both the source and the target in prepositional phrases', () => {
    // Line 6434, in the MONITOR block: "... monitored the withdrawal of $ from +".
    const { blocks } = parse(
      '---  MONITOR   [---]  ---',
      'MONITOR [090]',
      '- * WITHDRAWAL (OF $) (FROM +)                        [0874]        # MONITOR',
    );
    expect(blocks[0]?.patterns[0]).toMatchObject({
      code: { active: '0874', passive: null },
      source: { side: 'after', preposition: ['of'] },
      target: { side: 'after', preposition: ['from'] },
    });
  });

  it('reads a synonym set with plurals, except for members written with a final underscore', () => {
    // Lines 212 to 217.
    const { synsets } = parse(
      '&CEASEFIRE',
      '+TRUCE',
      '+ARMISTICE',
      '+CEASE-FIRE',
      '+CEASEFIRE',
      '+CEASE_FIRE',
    );
    expect(synsets).toEqual({
      '&CEASEFIRE': {
        line: 1,
        members: [
          { words: ['truce'], plural: ['truces'] },
          { words: ['armistice'], plural: ['armistices'] },
          { words: ['cease-fire'], plural: ['cease-fires'] },
          { words: ['ceasefire'], plural: ['ceasefires'] },
          { words: ['cease', 'fire'], plural: ['cease', 'fires'] },
        ],
      },
    });
  });

  it('generates no plurals for a synonym set whose label ends in an underscore', () => {
    // Lines 64 to 67.
    const { synsets } = parse('&AUXVERB1_', '+WAS', '+WERE', '+BEEN');
    expect(synsets).toEqual({
      '&AUXVERB1': { line: 1, members: [{ words: ['was'] }, { words: ['were'] }, { words: ['been'] }] },
    });
  });

  it('reports a pattern naming an undefined synonym set and keeps it', () => {
    // Line 2406, in the BRAND block.
    const parsed = parse(
      '---  BRAND   [---]  ---',
      'BRAND [111]',
      '- * &FIGHT_CRIM          [1124]        # BRAND',
    );
    expect(parsed.blocks[0]?.patterns).toHaveLength(1);
    expect(parsed.problems).toEqual([
      expect.objectContaining({ line: 3, outcome: 'kept', message: expect.stringContaining('&FIGHT_CRIM') }),
    ]);
  });

  it('drops a stray repeat of the end of a prepositional phrase, saying so', () => {
    // Line 2374: the editor's slip "VISIT)" before the code.
    const parsed = parse(
      '---  VENTURE   [---]  ---',
      'VENTURE ',
      '- * VENTURE (WITH VISIT)                              VISIT)[042:043]  # MAKE',
    );
    expect(parsed.blocks[0]?.patterns[0]?.after).toEqual([
      { kind: 'noun', tokens: [{ kind: 'word', words: ['venture'] }] },
      {
        kind: 'preposition',
        preposition: ['with'],
        objects: [{ kind: 'noun', tokens: [{ kind: 'word', words: ['visit'] }] }],
      },
    ]);
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 3, outcome: 'repaired' })]);
  });

  it('moves the verb mark of a multi-word verb onto the word its forms inflect', () => {
    // Line 2194: the forms of +WIRE_TAP inflect TAP, not WIRE.
    const parsed = parse('---  INTERCEPT   [---]  ---', '+WIRE_TAP {+WIRE_TAPS +WIRE_TAPPED +WIRE_TAPPING }');
    expect(parsed.verbs).toEqual([
      { lemma: 'tap', forms: ['tap', 'taps', 'tapped', 'tapping'], before: ['wire'], block: 0, line: 2 },
    ]);
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 2, outcome: 'repaired' })]);
  });

  it('reports a line it cannot read with its line number and converts the rest', () => {
    const parsed = parse(
      '---  DEMAND   [100]  ---',
      'DEMAND ',
      '- * WITHDRAWAL',
      '- * MEETING   [106]  # DEMAND',
    );
    expect(parsed.problems).toEqual([
      { line: 3, text: '- * WITHDRAWAL', message: 'no [code] at the end of the pattern', outcome: 'skipped' },
    ]);
    expect(parsed.blocks[0]?.patterns.map((pattern) => pattern.line)).toEqual([4]);
  });

  it('reports a verb line outside any block', () => {
    expect(parse('DEMAND').problems).toEqual([expect.objectContaining({ line: 1, outcome: 'skipped' })]);
  });

  it('reads a transformation of reported speech', () => {
    // Line 9180.
    expect(parse('~ a (b . ATTACK) SAY = a b 112').transformations).toEqual([
      {
        line: 1,
        text: '~ a (b . ATTACK) SAY = a b 112',
        speaker: 'a',
        verb: ['say'],
        inner: { source: 'b', target: '.', verb: ['attack'] },
        result: { source: 'a', target: 'b', code: '112' },
      },
    ]);
  });
});

const SOURCE = fileURLToPath(new URL('../../../shared/data/phoenix/CAMEO.2.0.txt', import.meta.url));
const BUILT = fileURLToPath(new URL('../../data/events/verb-dictionary.json.gz', import.meta.url));
const isSkipped = !existsSync(SOURCE) && process.env.NEWSGRAPH_REQUIRE_ALL !== '1';

describe.skipIf(isSkipped)(
  `the whole of CAMEO.2.0.txt${isSkipped ? ` (skipped: ${SOURCE} is missing)` : ''}`,
  () => {
    const parsed = isSkipped ? parse() : parseVerbDictionary(readFileSync(SOURCE, 'utf8'));

    it('converts all 397 blocks and 4,668 patterns the data README counts, skipping no line', () => {
      expect(parsed.blocks).toHaveLength(397);
      expect(parsed.blocks.flatMap((block) => block.patterns)).toHaveLength(4668);
      expect(parsed.problems.filter((problem) => problem.outcome === 'skipped')).toEqual([]);
    });

    it('matches the shipped data/events/verb-dictionary.json.gz (rebuild it if this fails)', () => {
      const built = JSON.parse(gunzipSync(readFileSync(BUILT)).toString('utf8'));
      const { problems, ...converted } = parsed;
      expect({ synsets: built.synsets, blocks: built.blocks, verbs: built.verbs }).toEqual({
        synsets: converted.synsets,
        blocks: converted.blocks,
        verbs: converted.verbs,
      });
      expect(built.transformations).toEqual(converted.transformations);
    });
  },
);
