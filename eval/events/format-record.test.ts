import { describe, expect, it } from 'vitest';
import type { Actor, NewsEvent } from '../../src/document/annotations.js';
import { createCodeComparison } from './compare-codes.js';
import { compareRecord, formatRecord } from './format-record.js';
import type { ValidationRecord } from './read-validation-file.js';

const comparison = createCodeComparison(new Set(['USA', 'RUS', 'CHE']));

const record: ValidationRecord = {
  id: 'COOP_1',
  category: 'OTHER',
  date: '20150609',
  line: 1,
  attributes: {},
  text: 'The US and Russia met in Zurich.',
  expected: [
    { sourceCode: 'USA', targetCode: 'RUS', eventCode: '040' },
    { sourceCode: 'RUS', targetCode: 'USA', eventCode: '040' },
    { sourceCode: 'USA', targetCode: 'CHE', eventCode: '040' },
  ],
  expectsNoEvents: false,
  expectedError: undefined,
  options: {},
};

function actor(name: string, code: string | null): Actor {
  return { id: `actor-${name}`, name, code, country: null, roles: [], mentions: [] };
}

function event(source: string | null, target: string | null, code: string): NewsEvent {
  const span = { start: 0, end: 1, text: 'x' };
  return {
    id: 'event-1',
    source: { ...span, actorId: null, code: source },
    target: { ...span, actorId: null, code: target },
    code,
    rootCode: code.slice(0, 2),
    quadClass: 1,
    goldstein: 1,
    verb: span,
    sentence: { start: 0, end: 1 },
    negated: false,
    hypothetical: false,
    date: '2015-06-09',
    confidence: 1,
  };
}

describe('compareRecord', () => {
  const actors = [actor('US', 'USA'), actor('Russia', 'RUSGOV')];

  it('is correct only when the full codes match exactly', () => {
    const events = [event('USA', 'RUS', '040'), event('RUS', 'USA', '040'), event('USA', 'CHE', '040')];
    expect(compareRecord(record, actors, events, comparison).isCorrect).toBe(true);
    expect(compareRecord(record, actors, events.slice(1), comparison).isCorrect).toBe(false);
    expect(compareRecord(record, actors, [...events, events[0] as NewsEvent], comparison).isCorrect).toBe(
      false,
    );
  });

  it('says whether the actors of a missed gold event were found', () => {
    const compared = compareRecord(record, actors, [event('USAGOV', 'RUSGOV', '042')], comparison);
    expect(compared.mistakes.map((mistake) => mistake.kind)).toEqual([
      'missed event, its actors found',
      'missed event, target not among the actors',
    ]);
  });

  it('compares countries and full codes separately', () => {
    const compared = compareRecord(record, actors, [event('USAGOV', 'RUSGOV', '042')], comparison);
    expect(compared.coded).toEqual({ country: [['USA', 'RUS', '04']], full: [['USAGOV', 'RUSGOV', '042']] });
    expect(compared.gold.country[0]).toEqual(['USA', 'RUS', '04']);
  });
});

describe('formatRecord', () => {
  it('shows each gold and coded event with whether it matched', () => {
    const events = [event('USAGOV', 'RUSGOV', '042')];
    const compared = compareRecord(record, [], events, comparison);
    const lines = formatRecord(record, [], events, compared, []);
    expect(lines[0]).toBe('COOP_1  [OTHER] 20150609  gold 3, coded 1, matched 1 (full codes 0)');
    expect(lines[2]).toBe('  actors: (none)');
    expect(lines.filter((line) => line.startsWith('  coded'))).toEqual([
      '  coded  042     USAGOV -> RUSGOV     country ok  full --  "x" x "x"',
    ]);
  });
});
