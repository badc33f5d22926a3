import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEventCode, loadCameoCodes, quadClassOfRoot } from './cameo-codes.js';

describe('describeEventCode on the shipped table', () => {
  const codes = loadCameoCodes();

  // Rows of ../shared/data/cameo/cameo_codes.tsv (code, name, Goldstein, QuadClass):
  //   106	Demand withdrawal	-5.0	3
  //   057	Sign formal agreement	8.0	1
  //   190	Use conventional military force, not specified below	-10.0	4
  //   0231	Appeal for economic aid	3.4	1
  it.each([
    ['106', { code: '106', rootCode: '10', name: 'Demand withdrawal', goldstein: -5, quadClass: 3 }],
    ['057', { code: '057', rootCode: '05', name: 'Sign formal agreement', goldstein: 8, quadClass: 1 }],
    [
      '190',
      {
        code: '190',
        rootCode: '19',
        name: 'Use conventional military force, not specified below',
        goldstein: -10,
        quadClass: 4,
      },
    ],
    ['0231', { code: '0231', rootCode: '02', name: 'Appeal for economic aid', goldstein: 3.4, quadClass: 1 }],
  ])('describes %s', (code, expected) => {
    expect(describeEventCode(codes, code)).toEqual(expected);
  });

  it('describes nothing for a code the table does not list', () => {
    // CAMEO.2.0.txt codes "- * COMPUTER [176]", a code GDELT's table lacks.
    expect(describeEventCode(codes, '176')).toBeUndefined();
  });

  it('holds the 311 codes of the table, sorted so each follows its parent', () => {
    expect(codes.codes).toHaveLength(311);
    expect(codes.codes.slice(0, 3).map((entry) => entry.code)).toEqual(['01', '010', '011']);
    expect(codes.codes.every((entry) => entry.quadClass === quadClassOfRoot(entry.rootCode))).toBe(true);
  });
});

describe('quadClassOfRoot', () => {
  it.each([
    ['01', 1],
    ['05', 1],
    ['06', 2],
    ['09', 2],
    ['10', 3],
    ['14', 3],
    ['15', 4],
    ['20', 4],
    ['00', undefined],
    ['21', undefined],
  ])('gives root %s QuadClass %s', (root, quadClass) => {
    expect(quadClassOfRoot(root)).toBe(quadClass);
  });
});

describe('loadCameoCodes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cameo-codes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file it cannot read', () => {
    const path = join(dir, 'missing.json.gz');
    expect(() => loadCameoCodes(path)).toThrow(path);
  });

  it('names the file and the field that has the wrong shape', () => {
    const path = join(dir, 'bad.json.gz');
    const file = {
      format: 'newsgraph-cameo-codes',
      version: 1,
      source: { file: 'x', sha256: '0'.repeat(64), origin: 'x' },
    };
    writeFileSync(
      path,
      gzipSync(
        JSON.stringify({
          ...file,
          codes: [{ code: '106', rootCode: '10', name: 'Demand withdrawal', goldstein: -5, quadClass: 5 }],
        }),
      ),
    );
    expect(() => loadCameoCodes(path)).toThrow(`${path} is not in the expected format: codes.0.quadClass`);
  });
});
