import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWikiann } from './read-wikiann.js';

const dir = mkdtempSync(join(tmpdir(), 'read-wikiann-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeSample(text: string): string {
  const path = join(dir, 'dev');
  writeFileSync(path, text);
  return path;
}

describe('readWikiann', () => {
  it('strips the "en:" prefix from each word and reads the tag after the tab', () => {
    const [sentence] = readWikiann(writeSample('en:R.H.\tB-ORG\nen:Saunders\tI-ORG\nen:(\tO\n\n'));
    expect(sentence).toEqual({
      words: ['R.H.', 'Saunders', '('],
      tags: ['B-ORG', 'I-ORG', 'O'],
      docId: 'wikiann-dev-1',
    });
  });

  it('gives each sentence its own document', () => {
    const sentences = readWikiann(writeSample('en:Paris\tB-LOC\n\nen:Texas\tB-LOC\n\n'));
    expect(sentences.map((sentence) => sentence.docId)).toEqual(['wikiann-dev-1', 'wikiann-dev-2']);
  });

  it('keeps a word that is itself "en:"', () => {
    expect(readWikiann(writeSample('en:en:\tO\n'))[0]?.words).toEqual(['en:']);
  });

  it('names the line of a word without the language prefix', () => {
    const path = writeSample('en:Paris\tB-LOC\nTexas\tB-LOC\n');
    expect(() => readWikiann(path)).toThrow(`${path}:2: expected "en:token<TAB>TAG"`);
  });
});
