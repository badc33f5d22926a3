import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GDELT_COLUMNS } from './gdelt-columns.js';
import { gdeltEventOfRecord } from './gdelt-event-of-record.js';
import { gdeltRecordOfEvent } from './gdelt-record-of-event.js';
import { parseGdeltLine } from './parse-gdelt-line.js';

const FIXTURE = join(import.meta.dirname, '../../../examples/gdelt/20180617093000.export.CSV');
// The first four rows of the fixture are valid; the last two are there to be rejected.
const rows = readFileSync(FIXTURE, 'utf8').split('\n').slice(0, 4);

describe('gdeltRecordOfEvent', () => {
  it.each(rows.map((row, index) => [index + 1, row]))(
    'gives back every column of row %i once read as an event',
    (_line, row) => {
      const record = parseGdeltLine(row);
      const again = gdeltRecordOfEvent(gdeltEventOfRecord(record));
      for (const { name } of GDELT_COLUMNS) {
        // A missing geography type reads back as 0, GDELT's own "no place".
        const expected = name.endsWith('_Type') && record[name] === null ? 0 : record[name];
        expect([name, again[name]]).toEqual([name, expected]);
      }
    },
  );
});
