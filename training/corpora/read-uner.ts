import { readFileSync } from 'node:fs';
import { CorpusFormatError } from './corpus-format-error.js';
import type { LabeledSentence } from './labeled-sentence.js';

const NEW_DOCUMENT = /^#\s*newdoc id\s*=\s*(.*)$/;

/**
 * Tags of the early UNER train snapshot that the v1 release dropped: OTH (nationalities, products…) and a
 * stray `B-O` on the last token of each document. Both are outside the released PER/ORG/LOC scheme.
 */
const DROPPED_TAGS = new Set(['B-OTH', 'I-OTH', 'B-O']);

/**
 * Reads a Universal NER `.iob2` file: tab-separated `index token tag annotator…` rows, a blank line after
 * each sentence, `# newdoc id = X` before each document (docId `uner-X`) and other `#` comments skipped.
 */
export function readUner(path: string): LabeledSentence[] {
  const sentences: LabeledSentence[] = [];
  // Sentences before the first "# newdoc" (none in the released files) share one document.
  let docId = 'uner-';
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length > 0) sentences.push({ words, tags, docId });
    words = [];
    tags = [];
  };

  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    if (line.startsWith('#')) {
      const newDocumentId = NEW_DOCUMENT.exec(line)?.[1];
      if (newDocumentId !== undefined) {
        endSentence();
        docId = `uner-${newDocumentId.trim()}`;
      }
      continue;
    }
    // The early train snapshot writes only three columns for words nobody annotated.
    const [, word, tag] = line.split('\t');
    if (word === undefined || tag === undefined) {
      throw new CorpusFormatError(
        'CORPUS_COLUMNS',
        path,
        index + 1,
        'expected tab-separated "index token tag"',
      );
    }
    words.push(word);
    tags.push(DROPPED_TAGS.has(tag) ? 'O' : tag);
  }
  endSentence();
  return sentences;
}
