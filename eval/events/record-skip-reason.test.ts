import { describe, expect, it } from 'vitest';
import type { ValidationRecord } from './read-validation-file.js';
import { isoDateOf, type RecordSelection, recordSkipReason } from './record-skip-reason.js';

const selection: RecordSelection = {
  include: ['valid', 'DEMO'],
  cameoCodes: new Set(['064', '190']),
  discards: ['years later', 'baseball'],
};

function record(changes: Partial<ValidationRecord> = {}): ValidationRecord {
  return {
    id: 'DEMO-00',
    category: 'DEMO',
    date: '19950101',
    line: 1,
    attributes: {},
    text: 'Arnor restored ties with Gondor.',
    expected: [{ sourceCode: 'ARN', targetCode: 'GON', eventCode: '064' }],
    expectsNoEvents: false,
    expectedError: undefined,
    options: { stop_on_error: 'True', require_dyad: 'True', comma_max: '8' },
    ...changes,
  };
}

describe('recordSkipReason', () => {
  it('runs a record of an included category under default options', () => {
    expect(recordSkipReason(record(), selection)).toBeUndefined();
  });

  it('runs a record that expects no events', () => {
    expect(recordSkipReason(record({ expected: [], expectsNoEvents: true }), selection)).toBeUndefined();
  });

  it.each<[string, Partial<ValidationRecord>, string]>([
    ['a category not included', { category: 'AGENTS' }, 'category "AGENTS" not in <Include>'],
    ['evaluate="false"', { attributes: { evaluate: 'false' } }, 'marked evaluate="false"'],
    ['no text', { text: '' }, 'no text (empty <Text>)'],
    ['an impossible date', { date: '19950231' }, 'unreadable date'],
    ['an expected error', { expectedError: 'too long' }, 'expects a coder error'],
    ['no coding at all', { expected: [] }, 'no expected events'],
    [
      'a WEIS code',
      { expected: [{ sourceCode: 'ARN', targetCode: 'GON', eventCode: '174K' }] },
      'expects a non-CAMEO (WEIS-style) event code',
    ],
    [
      'require_dyad=false',
      { options: { require_dyad: 'FALSE' } },
      'needs PETRARCH option require_dyad=false',
    ],
    [
      'require_dyad=false and other comma clauses, naming the first',
      { options: { comma_max: '6', require_dyad: 'false' } },
      'needs PETRARCH option require_dyad=false',
    ],
    [
      'new_actor_length=4',
      { options: { new_actor_length: '4' } },
      'needs PETRARCH option new_actor_length=4',
    ],
    [
      'internal comma clauses turned off',
      { options: { comma_max: '0' } },
      'needs PETRARCH option other comma-clause lengths',
    ],
    ['a phrase of the discard list', { text: 'Arnor met Gondor years later.' }, 'tests the discard list'],
  ])('skips a record with %s', (_case, changes, reason) => {
    expect(recordSkipReason(record(changes), selection)).toBe(reason);
  });

  it('ignores the minimum of a comma clause kind that is off', () => {
    expect(
      recordSkipReason(record({ options: { comma_bmin: '3', comma_bmax: '0' } }), selection),
    ).toBeUndefined();
  });

  it('runs every category when the file has no <Include>', () => {
    expect(recordSkipReason(record({ category: '' }), { ...selection, include: [] })).toBeUndefined();
  });

  it('matches discard phrases as whole words only', () => {
    expect(
      recordSkipReason(record({ text: 'Arnor met Gondor, baseballs aside.' }), selection),
    ).toBeUndefined();
  });
});

describe('isoDateOf', () => {
  it.each([
    ['20080806', '2008-08-06'],
    ['121108', '2012-11-08'],
    ['950101', '1995-01-01'],
    ['20100931', undefined],
    ['2008', undefined],
    ['', undefined],
  ])('reads %s as %s', (date, expected) => {
    expect(isoDateOf(date)).toBe(expected);
  });
});
