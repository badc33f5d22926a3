import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CorpusFormatError } from './corpus-format-error.js';
import type { LabeledSentence } from './labeled-sentence.js';

const LANGUAGE_PREFIX = 'en:';

/**
 * Reads a WikiANN English file: `en:token<TAB>TAG` per line, a blank line after each sentence. Its
 * sentences come from unrelated Wikipedia pages, so each is its own document: `wikiann-<file>-<n>`,
 * numbered from 1.
 */
export function readWikiann(path: string): LabeledSentence[] {
  const name = basename(path);
  const sentences: LabeledSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length > 0) sentences.push({ words, tags, docId: `wikiann-${name}-${sentences.length + 1}` });
    words = [];
    tags = [];
  };

  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const tab = line.lastIndexOf('\t');
    const token = line.slice(0, tab);
    if (tab === -1 || !token.startsWith(LANGUAGE_PREFIX)) {
      throw new CorpusFormatError('CORPUS_COLUMNS', path, index + 1, 'expected "en:token<TAB>TAG"');
    }
    words.push(token.slice(LANGUAGE_PREFIX.length));
    tags.push(line.slice(tab + 1));
  }
  endSentence();
  return sentences;
}
