import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { NEGATION_WORDS } from './negation-words.js';
import { loadToneLexicon, shippedToneLexicon, type ToneLexiconFile } from './tone-lexicon.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-tone-lexicon-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const file: ToneLexiconFile = {
  format: 'newsgraph-tone-lexicon',
  version: 1,
  source: { package: 'p', version: '1.0.0', file: 'f.txt', sha256: '0'.repeat(64), licence: 'MIT' },
  positive: ['good'],
  negative: ['bad'],
};

function write(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, gzipSync(JSON.stringify(content)));
  return path;
}

describe('loadToneLexicon', () => {
  it('reads positive words as 1 and negative words as -1', () => {
    expect([...loadToneLexicon(write('ok.json.gz', file))]).toEqual([
      ['good', 1],
      ['bad', -1],
    ]);
  });

  it('refuses a word listed as both positive and negative', () => {
    const path = write('both.json.gz', { ...file, negative: ['good'] });
    expect(() => loadToneLexicon(path)).toThrow('"good" is both positive and negative');
  });

  it('refuses a word in capitals, naming the command that rebuilds the file', () => {
    const path = write('capitals.json.gz', { ...file, positive: ['Good'] });
    expect(() => loadToneLexicon(path)).toThrow('npx tsx training/tone/build-tone-lexicon.ts');
  });

  it('ships thousands of words of each tone and no negation words', () => {
    const lexicon = shippedToneLexicon();
    expect(lexicon.get('peace')).toBe(1);
    expect(lexicon.get('war')).toBe(-1);
    expect(lexicon.size).toBeGreaterThan(7000);
    expect([...NEGATION_WORDS].filter((word) => lexicon.has(word))).toEqual([]);
  });
});
