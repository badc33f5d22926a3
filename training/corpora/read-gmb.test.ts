import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXCEL_DATA_ROW_LIMIT, readGmb } from './read-gmb.js';

const dir = mkdtempSync(join(tmpdir(), 'read-gmb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeSample(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const header = 'Sentence #,Word,POS,Tag\r\n';

describe('readGmb', () => {
  it('starts a sentence at each "Sentence: N" and names it gmb-N', () => {
    const path = writeSample(
      'two.csv',
      `${header}Sentence: 1,London,NNP,B-geo\r\n,.,.,O\r\nSentence: 2,Iraqi,JJ,B-gpe\r\n,troops,NNS,O\r\n`,
    );
    expect(readGmb(path)).toEqual([
      { words: ['London', '.'], tags: ['B-geo', 'O'], docId: 'gmb-1' },
      { words: ['Iraqi', 'troops'], tags: ['B-gpe', 'O'], docId: 'gmb-2' },
    ]);
  });

  it('reads quoted words: a comma, a quote mark and a number with a comma', () => {
    const path = writeSample(
      'quoted.csv',
      `${header}Sentence: 1,"""",\`\`,O\r\n,",",",",O\r\n,"10,000",CD,O\r\n`,
    );
    expect(readGmb(path)[0]?.words).toEqual(['"', ',', '10,000']);
  });

  it('decodes Windows-1252 punctuation and Latin-1 letters', () => {
    const row = Buffer.concat([
      Buffer.from(`${header}Sentence: 1,`),
      Buffer.from([0x92, 0x73]),
      Buffer.from(',POS,O\r\n,Pel'),
      Buffer.from([0xe9]),
      Buffer.from(',NNP,B-per\r\n'),
    ]);
    expect(readGmb(writeSample('cp1252.csv', row))[0]?.words).toEqual(['\u2019s', 'Pel\u00e9']);
  });

  it('keeps the last sentence of a file below the Excel row limit', () => {
    const path = writeSample(
      'short.csv',
      `${header}Sentence: 1,Hello,UH,O\r\nSentence: 2,Indian,JJ,B-gpe\r\n`,
    );
    expect(readGmb(path)).toHaveLength(2);
  });

  it('drops the last sentence of a file cut at the Excel row limit', () => {
    const firstSentenceRows = EXCEL_DATA_ROW_LIMIT - 2;
    const text = `${header}Sentence: 1,a,DT,O\r\n${',a,DT,O\r\n'.repeat(firstSentenceRows - 1)}Sentence: 2,Indian,JJ,B-gpe\r\n,forces,NNS,O\r\n`;
    const sentences = readGmb(writeSample('cut.csv', text));
    expect(sentences.map((sentence) => [sentence.docId, sentence.words.length])).toEqual([
      ['gmb-1', firstSentenceRows],
    ]);
  });

  it('names the line of a row with a missing field', () => {
    const path = writeSample('broken.csv', `${header}Sentence: 1,London,B-geo\r\n`);
    expect(() => readGmb(path)).toThrow(`${path}:2: expected 4 fields, found 3`);
  });

  it('names the line of a word before the first sentence', () => {
    const path = writeSample('headless.csv', `${header},London,NNP,B-geo\r\n`);
    expect(() => readGmb(path)).toThrow(`${path}:2: a word before the first "Sentence: N"`);
  });
});
