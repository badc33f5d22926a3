import { readFileSync } from 'node:fs';
import type { LabeledSentence } from '../corpora/labeled-sentence.js';
import { readConll } from '../corpora/read-conll.js';
import { readGmb } from '../corpora/read-gmb.js';
import { readUner } from '../corpora/read-uner.js';
import { readWikiann } from '../corpora/read-wikiann.js';
import { detectTextFormat, type TextFormat } from './text-format.js';

/** The sentences of one corpus file, as word sequences, and the layout they were read with. */
export interface TextSource {
  path: string;
  format: TextFormat;
  sentences: string[][];
}

const READERS: Record<TextFormat, (path: string) => LabeledSentence[]> = {
  gmb: readGmb,
  uner: readUner,
  conll: readConll,
  wikiann: readWikiann,
};

/** Reads a corpus with the project's corpus readers, keeping only its words. */
export function readTextSource(path: string): TextSource {
  // Every corpus's first line is ASCII, whatever the encoding of the rest.
  const head = readFileSync(path).subarray(0, 4096).toString('latin1');
  const format = detectTextFormat(path, head);
  return { path, format, sentences: READERS[format](path).map((sentence) => sentence.words) };
}
