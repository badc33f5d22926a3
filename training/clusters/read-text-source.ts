import { readFileSync } from 'node:fs';
import { decodeWindows1252 } from './decode-windows-1252.js';
import { readColumnSentences } from './read-column-sentences.js';
import { readGmbSentences } from './read-gmb-sentences.js';
import { detectTextFormat, type TextFormat } from './text-format.js';

/** The sentences of one corpus file, as word sequences, and the layout they were read with. */
export interface TextSource {
  path: string;
  format: TextFormat;
  sentences: string[][];
}

export function readTextSource(path: string): TextSource {
  const bytes = readFileSync(path);
  // GMB's Kaggle extract is Windows-1252; the others are UTF-8. Every first line is ASCII.
  const format = detectTextFormat(path, bytes.subarray(0, 4096).toString('latin1'));
  if (format === 'gmb') return { path, format, sentences: readGmbSentences(path, decodeWindows1252(bytes)) };
  return { path, format, sentences: readColumnSentences(format, bytes.toString('utf8')) };
}
