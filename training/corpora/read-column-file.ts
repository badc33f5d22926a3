import { readFileSync } from 'node:fs';
import type { LabeledSentence } from './labeled-sentence.js';

/** What one non-blank line of a column file holds: a word with its tag, a new document, or nothing. */
export type ColumnLine = { word: string; tag: string } | { document: string } | 'skip';

export interface ColumnFormat {
  /** The document of the sentences before any document line. */
  firstDocument: string;
  /** Reads one non-blank line (1-based `lineNumber`); throws a CorpusFormatError for a bad one. */
  readLine(line: string, lineNumber: number): ColumnLine;
  /** The document of the `n`th sentence (from 1) when each sentence is its own. */
  sentenceDocument?: (n: number) => string;
}

/**
 * The sentences of a one-word-per-line corpus file: a blank line ends a sentence, and the format
 * says what each other line is. CoNLL-2003, UNER and WikiANN differ only in that.
 */
export function readColumnFile(path: string, format: ColumnFormat): LabeledSentence[] {
  const sentences: LabeledSentence[] = [];
  let document = format.firstDocument;
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length > 0) {
      const docId = format.sentenceDocument?.(sentences.length + 1) ?? document;
      sentences.push({ words, tags, docId });
    }
    words = [];
    tags = [];
  };
  for (const [index, line] of readFileSync(path, 'utf8').split(/\r?\n/).entries()) {
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const read = format.readLine(line, index + 1);
    if (read === 'skip') continue;
    if ('document' in read) {
      endSentence();
      document = read.document;
      continue;
    }
    words.push(read.word);
    tags.push(read.tag);
  }
  endSentence();
  return sentences;
}
