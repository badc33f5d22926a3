import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChunksToFile } from './write-chunks.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-write-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function* failing(): AsyncGenerator<string> {
  yield 'first line\n';
  throw new Error('the store went away');
}

describe('writeChunksToFile', () => {
  it('writes every chunk in order', async () => {
    const path = join(folder, 'whole.txt');
    await writeChunksToFile(path, ['a\n', 'b\n', 'c\n']);
    expect(readFileSync(path, 'utf8')).toBe('a\nb\nc\n');
  });

  it('leaves no file behind when the export fails half-way', async () => {
    const path = join(folder, 'failed.txt');
    await expect(writeChunksToFile(path, failing())).rejects.toThrow('the store went away');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(folder).filter((name) => name.includes('failed'))).toEqual([]);
  });

  it('keeps the file that was there when the new export fails', async () => {
    const path = join(folder, 'kept.txt');
    writeFileSync(path, 'the old export\n');
    await expect(writeChunksToFile(path, failing())).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('the old export\n');
  });
});
