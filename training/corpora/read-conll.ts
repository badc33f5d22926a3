import { basename, extname, join } from 'node:path';
import { CorpusFormatError } from './corpus-format-error.js';
import type { LabeledSentence } from './labeled-sentence.js';
import { readColumnFile } from './read-column-file.js';

/** The three files of the CoNLL-2003 distribution (`valid` is eng.testa, `test` is eng.testb). */
export type ConllSplit = 'train' | 'valid' | 'test';

const DOCUMENT_START = '-DOCSTART-';

/**
 * Reads a CoNLL-2003 file: `token POS chunk NER` per line, a blank line after each sentence and a
 * `-DOCSTART-` line before each document. Documents are numbered from 1 in file order, so the sentences
 * of the third document of `test.txt` have docId `conll-test-3`.
 */
export function readConll(path: string): LabeledSentence[] {
  const name = basename(path, extname(path));
  // A file without -DOCSTART- lines (a hand-made sample) keeps all its sentences in document 0.
  let documentNumber = 0;
  return readColumnFile(path, {
    firstDocument: `conll-${name}-0`,
    readLine(line, lineNumber) {
      const columns = line.trim().split(/\s+/);
      if (columns[0] === DOCUMENT_START) {
        documentNumber += 1;
        return { document: `conll-${name}-${documentNumber}` };
      }
      const [word, , , tag] = columns;
      if (columns.length !== 4 || word === undefined || tag === undefined) {
        throw new CorpusFormatError(
          'CORPUS_COLUMNS',
          path,
          lineNumber,
          `expected 4 columns "token POS chunk NER", found ${columns.length}`,
        );
      }
      return { word, tag };
    },
  });
}

/** Reads `<split>.txt` from a folder laid out like `../shared/data/ner/conll2003/`. */
export function readConllSplit(dir: string, split: ConllSplit): LabeledSentence[] {
  return readConll(join(dir, `${split}.txt`));
}
