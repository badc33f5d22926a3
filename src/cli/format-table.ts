import { bold, type Output } from './output.js';

/**
 * Rows under a bold header, columns two spaces apart: the `rightAligned` columns (counts,
 * coordinates) padded on the left, the others on the right, except a last column of words.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly number[],
  output: Output,
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        if (rightAligned.includes(column)) return cell.padStart(width);
        return column === cells.length - 1 ? cell : cell.padEnd(width);
      })
      .join('  ');
  return [bold(line(header), output), ...rows.map(line)].join('\n');
}
