export interface Line {
  /** 1-based line number. */
  number: number;
  /** The bytes of the line without its `\n`, or undefined when it is longer than the limit. */
  bytes: Buffer | undefined;
  byteLength: number;
}

/**
 * Splits a byte stream into lines without holding more than `maxLineBytes` of one line:
 * a longer line is reported with its length and no bytes, and reading goes on after it.
 */
export async function* readLines(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  maxLineBytes: number,
): AsyncGenerator<Line> {
  let number = 1;
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  const finish = (): Line => {
    const line: Line = {
      number,
      bytes: tooLong ? undefined : Buffer.concat(parts, length),
      byteLength: length,
    };
    number++;
    parts = [];
    length = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of chunks) {
    let from = 0;
    while (from < chunk.length) {
      const newline = chunk.indexOf(0x0a, from);
      const to = newline < 0 ? chunk.length : newline;
      length += to - from;
      if (length > maxLineBytes) {
        tooLong = true;
        parts = [];
      } else if (to > from) {
        parts.push(chunk.subarray(from, to));
      }
      if (newline < 0) break;
      yield finish();
      from = newline + 1;
    }
  }
  if (length > 0 || tooLong) yield finish();
}
