import { readFileSync } from 'node:fs';
import { CorpusFormatError } from './corpus-format-error.js';
import { decodeWindows1252 } from './decode-windows-1252.js';
import type { LabeledSentence } from './labeled-sentence.js';
import { parseCsv } from './parse-csv.js';

/**
 * The Kaggle extract was saved from Excel and stops at its limit of 1,048,576 rows (header included), in
 * the middle of sentence 47,959. A file of exactly this many data rows has its last sentence cut.
 */
export const EXCEL_DATA_ROW_LIMIT = 1_048_575;

const SENTENCE_START = /^Sentence: (\d+)$/;

/**
 * Reads the GMB `ner_dataset.csv` (columns `Sentence #,Word,POS,Tag`; `Sentence: N` on the first word of
 * each sentence). The extract has no document boundaries, so each sentence is its own document `gmb-N`.
 * When the file stops at Excel's row limit, the cut last sentence is dropped.
 */
export function readGmb(path: string): LabeledSentence[] {
  // The file is Windows-1252: its few curly quotes, dashes and ellipses are bytes 0x85 and 0x91-0x97.
  const text = decodeWindows1252(readFileSync(path));
  const [header, ...rows] = parseCsv(text, path);
  const columns = header?.fields ?? [];
  const sentenceColumn = columns.indexOf('Sentence #');
  const wordColumn = columns.indexOf('Word');
  const tagColumn = columns.indexOf('Tag');
  if (sentenceColumn === -1 || wordColumn === -1 || tagColumn === -1) {
    throw new CorpusFormatError(
      'CORPUS_COLUMNS',
      path,
      1,
      'expected a header with "Sentence #", "Word" and "Tag"',
    );
  }

  const sentences: LabeledSentence[] = [];
  let sentence: LabeledSentence | undefined;
  for (const { fields, line } of rows) {
    const sentenceField = fields[sentenceColumn];
    const word = fields[wordColumn];
    const tag = fields[tagColumn];
    if (
      fields.length !== columns.length ||
      sentenceField === undefined ||
      word === undefined ||
      tag === undefined
    ) {
      throw new CorpusFormatError(
        'CORPUS_COLUMNS',
        path,
        line,
        `expected ${columns.length} fields, found ${fields.length}`,
      );
    }
    if (sentenceField !== '') {
      const number = SENTENCE_START.exec(sentenceField)?.[1];
      if (number === undefined) {
        throw new CorpusFormatError(
          'CORPUS_COLUMNS',
          path,
          line,
          `expected "Sentence: N", found "${sentenceField}"`,
        );
      }
      sentence = { words: [], tags: [], docId: `gmb-${number}` };
      sentences.push(sentence);
    }
    if (sentence === undefined) {
      throw new CorpusFormatError('CORPUS_COLUMNS', path, line, 'a word before the first "Sentence: N"');
    }
    sentence.words.push(word);
    sentence.tags.push(tag);
  }
  if (rows.length === EXCEL_DATA_ROW_LIMIT) sentences.pop();
  return sentences;
}
