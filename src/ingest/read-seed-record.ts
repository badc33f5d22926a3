import type { ArticleRecord } from '../document/article.js';
import type { Diagnostic } from '../document/diagnostic.js';
import { InputError } from './input-error.js';
import { isDateLike, parseDate } from './parse-date.js';
import { blockText, splitBlocks, type TextBlock } from './text-blocks.js';

export interface ReadRecord {
  record: ArticleRecord;
  diagnostics: Diagnostic[];
}

const IMAGE_LINE = /^\S+\.(?:jpe?g|png|gif|webp)(?:[?#]\S*)?$/i;
const SOURCE_LABEL = /^source\s*:\s*/i;
/** A source line is a name: short, and not ending like a sentence. */
const MAX_SOURCE_LENGTH = 100;
const SENTENCE_END = /[.!?:;"”’)]$/;

/**
 * Whether text has the seed record's shape: a title, then a date line, or an image line among
 * the next blocks. Anything else is plain text.
 */
export function isSeedRecord(text: string): boolean {
  const blocks = withDateSplitFromTitle(splitBlocks(text));
  const second = blocks[1];
  if (second && second.lines.length === 1 && isDateLike(second.lines[0] ?? '')) return true;
  return blocks.slice(1, 4).some(isImageBlock);
}

/**
 * Reads the seed record format (DESIGN.md): title, date, lede, image, body paragraphs, source.
 * It accepts the variants real files have (no image, no lede, a day-first date, a "Source:" label,
 * a source line not set apart), records a diagnostic for each guess, and throws an InputError
 * naming the line for what it cannot read.
 */
export function readSeedRecord(text: string): ReadRecord {
  const diagnostics: Diagnostic[] = [];
  const note = (severity: Diagnostic['severity'], code: string, message: string, line: number) =>
    diagnostics.push({ severity, code, message, line });

  const blocks = withDateSplitFromTitle(splitBlocks(text));
  const titleBlock = blocks[0];
  if (!titleBlock) throw new InputError('empty file');
  if (titleBlock.lines.length > 1) {
    note(
      'warning',
      'title-multiline',
      `title spans ${titleBlock.lines.length} lines; joined into one`,
      titleBlock.line,
    );
  }
  const record: ArticleRecord = { title: blockText(titleBlock), body: [] };

  let next = 1;
  const dateBlock = blocks[1];
  if (dateBlock && dateBlock.lines.length === 1 && isDateLike(dateBlock.lines[0] ?? '')) {
    const parsed = parseDate(dateBlock.lines[0] ?? '', { line: dateBlock.line });
    record.publishedAt = parsed.iso;
    diagnostics.push(...parsed.diagnostics);
    next = 2;
  } else {
    note(
      'warning',
      'date-missing',
      'no publication date after the title',
      dateBlock?.line ?? titleBlock.line,
    );
  }

  const rest = blocks.slice(next);
  const sourceBlock = rest.at(-1);
  const source = sourceBlock ? readSource(sourceBlock, rest.length, note) : undefined;
  if (source !== undefined) {
    record.source = source;
    const last = rest.at(-1);
    if (last && last.lines.length === 1) rest.pop();
    else if (last) last.lines = last.lines.slice(0, -1);
  }

  const imageIndex = rest.slice(0, 2).findIndex(isImageBlock);
  let bodyStart: number;
  if (imageIndex >= 0) {
    record.image = rest[imageIndex]?.lines[0] ?? '';
    if (imageIndex === 1) record.lede = blockText(rest[0] as TextBlock);
    else note('info', 'lede-missing', 'no lede before the image line', rest[0]?.line ?? titleBlock.line);
    bodyStart = imageIndex + 1;
  } else if (rest.length >= 2) {
    record.lede = blockText(rest[0] as TextBlock);
    note(
      'info',
      'image-missing',
      'no image line; the paragraph after the date is taken as the lede',
      rest[0]?.line ?? 0,
    );
    bodyStart = 1;
  } else {
    bodyStart = 0;
  }

  record.body = rest.slice(bodyStart).map(blockText);
  if (record.body.length === 0) {
    const line = (rest.at(-1)?.line ?? dateBlock?.line ?? titleBlock.line) + 1;
    throw new InputError('no body: the record has no paragraph after its title, date, lede and image', {
      line,
    });
  }
  return { record, diagnostics };
}

function readSource(
  block: TextBlock,
  blocksLeft: number,
  note: (severity: Diagnostic['severity'], code: string, message: string, line: number) => void,
): string | undefined {
  const lastLine = block.lines.at(-1) ?? '';
  const lineNumber = block.line + block.lines.length - 1;
  const hasLabel = SOURCE_LABEL.test(lastLine);
  const name = lastLine.replace(SOURCE_LABEL, '').trim();
  const looksLikeName = name.length > 0 && name.length <= MAX_SOURCE_LENGTH && !SENTENCE_END.test(name);
  if (!looksLikeName || (blocksLeft < 2 && !hasLabel)) {
    note('warning', 'source-missing', 'the last line is not a source name', lineNumber);
    return undefined;
  }
  if (block.lines.length > 1) {
    note('warning', 'source-not-separated', 'source name not set apart by a blank line', lineNumber);
  }
  return name;
}

function isImageBlock(block: TextBlock | undefined): boolean {
  return block !== undefined && block.lines.length === 1 && IMAGE_LINE.test(block.lines[0] ?? '');
}

/** A title followed by its date without a blank line between: split them into two blocks. */
function withDateSplitFromTitle(blocks: TextBlock[]): TextBlock[] {
  const [first, ...rest] = blocks;
  if (!first || first.lines.length < 2 || !isDateLike(first.lines[1] ?? '')) return blocks;
  const split: TextBlock[] = [
    { line: first.line, lines: [first.lines[0] ?? ''] },
    { line: first.line + 1, lines: [first.lines[1] ?? ''] },
  ];
  if (first.lines.length > 2) split.push({ line: first.line + 2, lines: first.lines.slice(2) });
  return [...split, ...rest];
}
