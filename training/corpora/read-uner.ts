import { CorpusFormatError } from './corpus-format-error.js';
import type { LabeledSentence } from './labeled-sentence.js';
import { readColumnFile } from './read-column-file.js';

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
  return readColumnFile(path, {
    // Sentences before the first "# newdoc" (none in the released files) share one document.
    firstDocument: 'uner-',
    readLine(line, lineNumber) {
      if (line.startsWith('#')) {
        const newDocumentId = NEW_DOCUMENT.exec(line)?.[1];
        return newDocumentId === undefined ? 'skip' : { document: `uner-${newDocumentId.trim()}` };
      }
      // The early train snapshot writes only three columns for words nobody annotated.
      const [, word, tag] = line.split('\t');
      if (word === undefined || tag === undefined) {
        throw new CorpusFormatError(
          'CORPUS_COLUMNS',
          path,
          lineNumber,
          'expected tab-separated "index token tag"',
        );
      }
      return { word, tag: DROPPED_TAGS.has(tag) ? 'O' : tag };
    },
  });
}
