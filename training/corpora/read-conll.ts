import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CorpusFormatError } from './corpus-format-error.js';
import type { LabeledSentence } from './labeled-sentence.js';

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
  const sentences: LabeledSentence[] = [];
  // A file without -DOCSTART- lines (a hand-made sample) keeps all its sentences in document 0.
  let documentNumber = 0;
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length > 0) sentences.push({ words, tags, docId: `conll-${name}-${documentNumber}` });
    words = [];
    tags = [];
  };

  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const columns = line.trim().split(/\s+/);
    if (columns[0] === DOCUMENT_START) {
      endSentence();
      documentNumber += 1;
      continue;
    }
    const [word, , , tag] = columns;
    if (columns.length !== 4 || word === undefined || tag === undefined) {
      throw new CorpusFormatError(
        'CORPUS_COLUMNS',
        path,
        index + 1,
        `expected 4 columns "token POS chunk NER", found ${columns.length}`,
      );
    }
    words.push(word);
    tags.push(tag);
  }
  endSentence();
  return sentences;
}

/** Reads `<split>.txt` from a folder laid out like `../shared/data/ner/conll2003/`. */
export function readConllSplit(dir: string, split: ConllSplit): LabeledSentence[] {
  return readConll(join(dir, `${split}.txt`));
}
