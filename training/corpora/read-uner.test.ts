import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readUner } from './read-uner.js';

const dir = mkdtempSync(join(tmpdir(), 'read-uner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeSample(text: string): string {
  const path = join(dir, 'sample.iob2');
  writeFileSync(path, text);
  return path;
}

const twoDocuments = [
  '# newdoc id = weblog-one',
  '# sent_id = weblog-one-0001',
  '# text = Al-Zaman : American forces',
  '1\tAl-Zaman\tB-ORG\t-\tstephen',
  '2\t:\tO',
  '3\tAmerican\tB-OTH\t-\tstephen',
  '4\tforces\tO',
  '',
  '# sent_id = weblog-one-0002',
  '# text = in tampa bay .',
  '1\tin\tO\t-\t-',
  '2\ttampa\tB-LOC\t-\tstephen',
  '3\tbay\tI-LOC\t-\tstephen',
  '4\t.\tB-O\t-\tstephen',
  '',
  '# newdoc id = email-two',
  '# sent_id = email-two-0001',
  '# text = # 1',
  '1\t#\tO\t-\t-',
  '2\t1\tO\t-\t-',
  '',
].join('\n');

describe('readUner', () => {
  it('reads the second and third columns as word and tag, with three or five columns', () => {
    const [first] = readUner(writeSample(twoDocuments));
    expect(first?.words).toEqual(['Al-Zaman', ':', 'American', 'forces']);
    expect(first?.tags[0]).toBe('B-ORG');
  });

  it('names each sentence after the "# newdoc id" before it', () => {
    const sentences = readUner(writeSample(twoDocuments));
    expect(sentences.map((sentence) => sentence.docId)).toEqual([
      'uner-weblog-one',
      'uner-weblog-one',
      'uner-email-two',
    ]);
  });

  it('reads a word "#" inside a sentence as a word, not a comment', () => {
    expect(readUner(writeSample(twoDocuments))[2]?.words).toEqual(['#', '1']);
  });

  it('turns the OTH type of the early snapshot into O', () => {
    expect(readUner(writeSample(twoDocuments))[0]?.tags).toEqual(['B-ORG', 'O', 'O', 'O']);
  });

  it('turns the stray B-O marker into O', () => {
    expect(readUner(writeSample(twoDocuments))[1]?.tags).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
  });

  it('names the line of a row without a tag', () => {
    const path = writeSample('1\tAl-Zaman\tB-ORG\n2\tforces\n');
    expect(() => readUner(path)).toThrow(`${path}:2: expected tab-separated "index token tag"`);
  });
});
