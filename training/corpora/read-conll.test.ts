import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConll, readConllSplit } from './read-conll.js';

const dir = mkdtempSync(join(tmpdir(), 'read-conll-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeSample(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const twoDocuments = [
  '-DOCSTART- -X- -X- O',
  '',
  'EU NNP B-NP B-ORG',
  'rejects VBZ B-VP O',
  'German JJ B-NP B-MISC',
  '',
  'Peter NNP B-NP B-PER',
  'Blackburn NNP I-NP I-PER',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'BRUSSELS NNP B-NP B-LOC',
  '',
].join('\n');

describe('readConll', () => {
  it('reads the first and last columns of each line as word and tag', () => {
    const sentences = readConll(writeSample('sample.txt', twoDocuments));
    expect(sentences[0]).toEqual({
      words: ['EU', 'rejects', 'German'],
      tags: ['B-ORG', 'O', 'B-MISC'],
      docId: 'conll-sample-1',
    });
  });

  it('ends a sentence at each blank line', () => {
    const sentences = readConll(writeSample('sample.txt', twoDocuments));
    expect(sentences.map((sentence) => sentence.words)).toEqual([
      ['EU', 'rejects', 'German'],
      ['Peter', 'Blackburn'],
      ['BRUSSELS'],
    ]);
  });

  it('starts a new document at each -DOCSTART- line', () => {
    const sentences = readConll(writeSample('sample.txt', twoDocuments));
    expect(sentences.map((sentence) => sentence.docId)).toEqual([
      'conll-sample-1',
      'conll-sample-1',
      'conll-sample-2',
    ]);
  });

  it('keeps the last sentence when the file does not end with a blank line', () => {
    const sentences = readConll(writeSample('unterminated.txt', 'Bonn NNP B-NP B-LOC\r\n. . O O'));
    expect(sentences).toEqual([
      { words: ['Bonn', '.'], tags: ['B-LOC', 'O'], docId: 'conll-unterminated-0' },
    ]);
  });

  it('names the file and line of a line without four columns', () => {
    const path = writeSample('broken.txt', 'Bonn NNP B-NP B-LOC\nBerlin B-LOC\n');
    expect(() => readConll(path)).toThrow(`${path}:2: expected 4 columns`);
  });
});

describe('readConllSplit', () => {
  it('reads <split>.txt from the folder', () => {
    writeSample('valid.txt', twoDocuments);
    expect(readConllSplit(dir, 'valid')[2]?.docId).toBe('conll-valid-2');
  });
});
