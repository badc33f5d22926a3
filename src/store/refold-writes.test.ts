import { describe, expect, it } from 'vitest';
import type { AggregateRow } from './aggregate-row.js';
import { refoldWrites } from './refold-writes.js';

function row(
  id: string,
  overrides: Partial<AggregateRow> = {},
  dateAdded = '2024-01-01T00:00:00.000Z',
): AggregateRow {
  return {
    id,
    origin: 'newsgraph',
    fold_key: 'ISRGOV|RUSMIL|04',
    first_seen: '2018-06-15',
    last_seen: '2018-06-15',
    code: '040',
    root_code: '04',
    quad_class: 1,
    source_actor: 'ISRGOV',
    target_actor: 'RUSMIL',
    source_country: 'ISR',
    target_country: 'RUS',
    num_mentions: 1,
    record: JSON.stringify({ id, code: '040', dateAdded, mentions: [{ articleId: 'a', eventIndex: 0 }] }),
    ...overrides,
  };
}

describe('refoldWrites', () => {
  it('writes nothing for events that differ from their stored rows only in the date added', () => {
    const stored = [row('ng-1'), row('ng-2')];
    const rows = [row('ng-1', {}, '2024-02-02T00:00:00.000Z'), row('ng-2', {}, '2024-02-02T00:00:00.000Z')];
    expect(refoldWrites(stored, rows)).toEqual({ upsert: [], remove: [] });
  });

  it('writes an event whose columns or record changed, and a new one', () => {
    const stored = [row('ng-1'), row('ng-2')];
    const moved = row('ng-1', { last_seen: '2018-06-16' });
    const recounted = row('ng-2', {
      record: JSON.stringify({
        id: 'ng-2',
        code: '040',
        dateAdded: '2024-01-01T00:00:00.000Z',
        mentions: [],
      }),
    });
    const added = row('ng-3');
    expect(refoldWrites(stored, [moved, recounted, added]).upsert).toEqual([moved, recounted, added]);
  });

  it('removes the stored events no new row keeps', () => {
    expect(refoldWrites([row('ng-1'), row('ng-2')], [row('ng-2')])).toEqual({ upsert: [], remove: ['ng-1'] });
    expect(refoldWrites([row('ng-1')], [])).toEqual({ upsert: [], remove: ['ng-1'] });
  });
});
