import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataFileFormatError, readDataFile, readGzipJson } from './read-data-file.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-data-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const kind = { name: 'test table', rebuild: 'npm run build:test-table' };

describe('readGzipJson', () => {
  it('reads a gzip-compressed JSON file', () => {
    const path = join(folder, 'ok.json.gz');
    writeFileSync(path, gzipSync(JSON.stringify({ rows: [1, 2] })));
    expect(readGzipJson(path, kind)).toEqual({ rows: [1, 2] });
  });

  it.each([
    ['a missing file', 'missing.json.gz', undefined],
    ['a file that is not gzip', 'plain.json.gz', Buffer.from('{}')],
    ['gzip that is not JSON', 'text.json.gz', gzipSync('not json')],
  ])('names the file and the rebuild command for %s', (_, name, content) => {
    const path = join(folder, name);
    if (content) writeFileSync(path, content);
    expect(() => readGzipJson(path, kind)).toThrow(
      `Cannot read the test table ${path}; build it with \`npm run build:test-table\`.`,
    );
  });
});

describe('dataFileFormatError', () => {
  it('says which file, what is wrong and how to rebuild it, with its own error code', () => {
    const error = dataFileFormatError('/data/x.json.gz', kind, 'rows.0: expected a string');
    expect(error.code).toBe('DATA_FILE');
    expect(error.message).toBe(
      'The test table /data/x.json.gz is not in the expected format: rows.0: expected a string. Rebuild it with `npm run build:test-table`.',
    );
  });
});

describe('readDataFile', () => {
  const schema = z.object({ rows: z.array(z.number()) });

  it('returns the checked content of a well-formed file', () => {
    const path = join(folder, 'rows.json.gz');
    writeFileSync(path, gzipSync(JSON.stringify({ rows: [3] })));
    expect(readDataFile(path, kind, schema)).toEqual({ rows: [3] });
  });

  it('names the path inside the JSON of the first problem', () => {
    const path = join(folder, 'bad-rows.json.gz');
    writeFileSync(path, gzipSync(JSON.stringify({ rows: [3, 'four'] })));
    expect(() => readDataFile(path, kind, schema)).toThrow(`${path} is not in the expected format: rows.1:`);
  });
});
