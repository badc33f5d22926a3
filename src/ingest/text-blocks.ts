/** A run of non-blank lines, with the 1-based number of its first line. */
export interface TextBlock {
  line: number;
  lines: string[];
}

/** Splits text into blocks separated by one or more blank (or white-space-only) lines. */
export function splitBlocks(text: string, firstLine = 1): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line.length === 0) {
      current = undefined;
      return;
    }
    if (!current) {
      current = { line: firstLine + index, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  return blocks;
}

export function blockText(block: TextBlock): string {
  return block.lines.join(' ');
}
