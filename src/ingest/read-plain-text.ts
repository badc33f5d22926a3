import { InputError } from './input-error.js';
import type { ReadRecord } from './read-seed-record.js';
import { blockText, splitBlocks } from './text-blocks.js';

/**
 * Reads text without structure: the first line is the title; the rest are paragraphs, split at
 * blank lines, or at every line when the text has no blank lines at all.
 */
export function readPlainText(text: string): ReadRecord {
  const blocks = splitBlocks(text);
  const first = blocks[0];
  if (!first) throw new InputError('empty file');
  const [title = '', ...firstRest] = first.lines;
  const hasBlankLines = blocks.length > 1;
  const body = hasBlankLines
    ? [...(firstRest.length > 0 ? [firstRest.join(' ')] : []), ...blocks.slice(1).map(blockText)]
    : firstRest;
  if (body.length === 0)
    throw new InputError('no body: the text has a title line and nothing else', { line: 2 });
  return {
    record: { title, body },
    diagnostics: [
      {
        severity: 'info',
        code: 'plain-text',
        message: 'no date or image line after the title: read as plain text, first line as title',
        line: first.line,
      },
    ],
  };
}
