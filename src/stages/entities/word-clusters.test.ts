import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWordClusters, WordClustersFormatError } from './word-clusters.js';

const FILE_TEXT = [
  '0010\tMonday',
  '0011\tTuesday',
  '0110\tRussia',
  '0110\tChina',
  '0111\tmay',
  '1000\tMay',
  '1001\tbaghdad',
  '1001\tBaghdad',
  '',
].join('\n');

const folder = mkdtempSync(join(tmpdir(), 'word-clusters-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeFile(name: string, content: string | Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

describe('loadWordClusters', () => {
  const clusters = loadWordClusters(writeFile('clusters.txt.gz', gzipSync(FILE_TEXT)));

  it('finds the path of a word as written', () => {
    expect(clusters.pathOf('Russia')).toBe('0110');
  });

  it('keeps case variants apart when both are listed', () => {
    expect([clusters.pathOf('May'), clusters.pathOf('may')]).toEqual(['1000', '0111']);
  });

  it('falls back to the lower-cased word', () => {
    expect(clusters.pathOf('BAGHDAD')).toBe('1001');
  });

  it('returns undefined for a word it does not know', () => {
    expect(clusters.pathOf('Atlantis')).toBeUndefined();
  });

  it('works when pathOf is passed around unbound', () => {
    const { pathOf } = clusters;
    expect(['Monday', 'Tuesday'].map(pathOf)).toEqual(['0010', '0011']);
  });

  it('counts and lists every word of the file', () => {
    expect(clusters.size).toBe(8);
    expect([...clusters.entries()][0]).toEqual(['Monday', '0010']);
  });

  it('reads an uncompressed file with CRLF line ends', () => {
    const plain = loadWordClusters(writeFile('clusters.txt', '01\tKremlin\r\n10\tsaid\r\n'));
    expect([plain.pathOf('Kremlin'), plain.pathOf('said')]).toEqual(['01', '10']);
  });

  it('names the file and line of a line without a tab', () => {
    const path = writeFile('broken.txt', '01\tKremlin\n10 said\n');
    expect(() => loadWordClusters(path)).toThrow(WordClustersFormatError);
    expect(() => loadWordClusters(path)).toThrow(/broken\.txt:2: expected "bits<TAB>word"/);
  });

  it('rejects a path that is not made of 0s and 1s', () => {
    expect(() => loadWordClusters(writeFile('letters.txt', '01x\tKremlin\n'))).toThrow(/letters\.txt:1:/);
  });
});
