import { describe, expect, it } from 'vitest';
import { parseVerbPattern } from './parse-verb-pattern.js';

// Patterns of ../shared/data/phoenix/CAMEO.2.0.txt, quoted with their line numbers there, without the
// leading "-" and the comment (as parseVerbDictionary passes them).

describe('parseVerbPattern', () => {
  it('reads an adverbial particle right after the verb (line 836)', () => {
    expect(parseVerbPattern(' * OFF (FROM ^)                                      [042]')).toEqual({
      pattern: {
        code: { active: '042', passive: null },
        before: [],
        after: [
          { kind: 'particle', word: 'off' },
          {
            kind: 'preposition',
            preposition: ['from'],
            objects: [{ kind: 'noun', tokens: [{ kind: 'any' }] }],
          },
        ],
      },
      notes: [],
    });
  });

  it('reads a source placed before the verb (line 2011: "+ * ROCKET" puts the target first)', () => {
    expect(parseVerbPattern(' + * ROCKET   [193]')).toMatchObject({
      pattern: { before: [{ kind: 'noun', tokens: [{ kind: 'target' }] }], target: { side: 'before' } },
    });
  });

  it('reads words joined to the verb by underscores (line 4935)', () => {
    expect(parseVerbPattern(' SPY_*_DEAL        [---]')).toEqual({
      pattern: {
        code: { active: null, passive: null },
        before: [{ kind: 'noun', tokens: [{ kind: 'word', words: ['spy'] }] }],
        after: [{ kind: 'noun', tokens: [{ kind: 'word', words: ['deal'], joined: true }] }],
        verbJoined: true,
      },
      notes: [],
    });
  });

  it('reads a synonym set joined to a word and one whose name holds underscores (lines 8781, 8688)', () => {
    expect(parseVerbPattern(' FIGHTER_&AIRCRAFT *    [195]')).toMatchObject({
      pattern: {
        before: [
          {
            kind: 'noun',
            tokens: [
              { kind: 'word', words: ['fighter'] },
              { kind: 'synset', name: '&AIRCRAFT', joined: true },
            ],
          },
        ],
      },
    });
    expect(parseVerbPattern(' * (IN &FIGHT_OF_WORDS)     [111]')).toMatchObject({
      pattern: {
        after: [
          {
            kind: 'preposition',
            objects: [{ kind: 'noun', tokens: [{ kind: 'synset', name: '&FIGHT_OF_WORDS' }] }],
          },
        ],
      },
    });
  });

  it('reads "A/B" as two spellings of one word (line 8991)', () => {
    expect(parseVerbPattern(' * (BY/WITH SANCTIONS)    [163]')).toMatchObject({
      pattern: {
        after: [
          {
            kind: 'preposition',
            preposition: ['by', 'with'],
            objects: [{ kind: 'noun', tokens: [{ kind: 'word', words: ['sanctions'] }] }],
          },
        ],
      },
    });
  });

  it("reads TABARI's compound-actor marker (line 4761)", () => {
    expect(parseVerbPattern(' % &AIRCRAFT *     [062:062]')).toMatchObject({
      pattern: {
        code: { active: '062', passive: '062' },
        before: [
          { kind: 'noun', tokens: [{ kind: 'compound' }] },
          { kind: 'noun', tokens: [{ kind: 'synset', name: '&AIRCRAFT' }] },
        ],
      },
    });
  });

  it('reads a "*" written against a word as if spaced, as PETRARCH-2 does (line 1735)', () => {
    const parsed = parseVerbPattern(' *SCEPTICAL      [012]');
    expect(parsed).toMatchObject({
      pattern: { after: [{ kind: 'noun', tokens: [{ kind: 'word', words: ['sceptical'] }] }] },
      notes: [expect.stringContaining('as if spaced')],
    });
  });

  it.each([
    [' * (TO BORDER [154]', 'a phrase is not closed'],
    [' * TALKS) [046]', '"TALKS)" closes a phrase that was not opened'],
    [' DEAL [031]', 'expected one verb "*", found 0'],
    [' * {} [031]', '"{}" closes an empty noun phrase'],
    [' * WITHDRAWAL', 'no [code] at the end of the pattern'],
  ])('refuses "%s"', (body, error) => {
    expect(parseVerbPattern(body)).toEqual({ error });
  });
});
