import { describe, expect, it } from 'vitest';
import { parseCameoCodes } from './parse-cameo-codes.js';

// Rows of ../shared/data/cameo/cameo_codes.tsv, quoted as they are there.
const HEADER = 'code\tname\tgoldstein\tquadclass';
const table = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('parseCameoCodes', () => {
  it('reads each row with its root code, sorted as strings', () => {
    const parsed = parseCameoCodes(
      table(
        '106\tDemand withdrawal\t-5.0\t3',
        '10\tDEMAND\t-5.0\t3',
        '02\tAPPEAL\t3.0\t1',
        '023\tAppeal for aid, not specified below\t3.4\t1',
        '0231\tAppeal for economic aid\t3.4\t1',
      ),
    );
    expect(parsed.codes.map((entry) => entry.code)).toEqual(['02', '023', '0231', '10', '106']);
    expect(parsed.codes[4]).toEqual({
      code: '106',
      rootCode: '10',
      name: 'Demand withdrawal',
      goldstein: -5,
      quadClass: 3,
    });
    expect(parsed.rejected).toEqual([]);
    expect(parsed.missingParents).toEqual([]);
  });

  it('reports a QuadClass that disagrees with the root rule and keeps the row', () => {
    const parsed = parseCameoCodes(table('06\tENGAGE IN MATERIAL COOPERATION\t6.0\t1'));
    expect(parsed.quadClassDisagreements).toEqual([
      expect.objectContaining({ line: 2, message: 'QuadClass 1, but root 06 gives 2' }),
    ]);
    expect(parsed.codes[0]?.quadClass).toBe(1);
  });

  it('reports a code whose parent is missing', () => {
    const parsed = parseCameoCodes(table('0231\tAppeal for economic aid\t3.4\t1'));
    expect(parsed.missingParents.map((problem) => problem.message)).toEqual([
      'its parent code 023 is not in the table',
    ]);
  });

  it.each([
    ['1056 106\tDemand withdrawal\t-5.0\t3', '"1056 106" is not a CAMEO event code of 2 to 4 digits'],
    ['106\tDemand withdrawal\t-5.0', 'expected 4 tab-separated fields, found 3'],
    ['106\tDemand withdrawal\tstrong\t3', 'Goldstein value "strong" is not a number'],
    ['21\tUNKNOWN\t0.0\t4', "root 21 is not one of CAMEO's 01 to 20"],
  ])('rejects the row %j with its line number', (row, message) => {
    expect(parseCameoCodes(table(row)).rejected).toEqual([{ line: 2, text: row, message }]);
  });

  it('rejects a code listed twice', () => {
    const parsed = parseCameoCodes(
      table('106\tDemand withdrawal\t-5.0\t3', '106\tDemand withdrawal\t-5.0\t3'),
    );
    expect(parsed.rejected.map((problem) => problem.line)).toEqual([3]);
  });
});
