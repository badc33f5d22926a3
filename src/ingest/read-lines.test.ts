import { describe, expect, it } from 'vitest';
import { readLines } from './read-lines.js';

interface SeenLine {
  number: number;
  text: string | undefined;
  byteLength: number;
}

async function linesOf(chunks: readonly string[], maxLineBytes = 100): Promise<SeenLine[]> {
  const seen: SeenLine[] = [];
  const buffers = chunks.map((chunk) => Buffer.from(chunk));
  for await (const line of readLines(buffers, maxLineBytes)) {
    seen.push({ number: line.number, text: line.bytes?.toString('utf8'), byteLength: line.byteLength });
  }
  return seen;
}

async function* streamOf(chunks: readonly string[]): AsyncGenerator<Buffer> {
  for (const chunk of chunks) yield Buffer.from(chunk);
}

describe('readLines', () => {
  it('splits one chunk into numbered lines', async () => {
    expect(await linesOf(['one\ntwo\n'])).toEqual([
      { number: 1, text: 'one', byteLength: 3 },
      { number: 2, text: 'two', byteLength: 3 },
    ]);
  });

  it('joins a line that spans chunk boundaries', async () => {
    expect(await linesOf(['ab', 'c\nde', 'f', '\n'])).toEqual([
      { number: 1, text: 'abc', byteLength: 3 },
      { number: 2, text: 'def', byteLength: 3 },
    ]);
  });

  it('reads from an async iterable', async () => {
    const numbers: number[] = [];
    for await (const line of readLines(streamOf(['a\nb', '\nc']), 10)) numbers.push(line.number);
    expect(numbers).toEqual([1, 2, 3]);
  });

  it('yields a final line without a newline', async () => {
    expect(await linesOf(['one\ntwo'])).toEqual([
      { number: 1, text: 'one', byteLength: 3 },
      { number: 2, text: 'two', byteLength: 3 },
    ]);
  });

  it('yields empty lines in the middle and numbers the lines after them', async () => {
    expect(await linesOf(['a\n\nb\n'])).toEqual([
      { number: 1, text: 'a', byteLength: 1 },
      { number: 2, text: '', byteLength: 0 },
      { number: 3, text: 'b', byteLength: 1 },
    ]);
  });

  it('yields nothing after a final newline', async () => {
    expect(await linesOf(['a\n'])).toHaveLength(1);
  });

  it('yields nothing for no input', async () => {
    expect(await linesOf([])).toEqual([]);
  });

  it('keeps a line exactly as long as the limit', async () => {
    expect(await linesOf(['abcd\n'], 4)).toEqual([{ number: 1, text: 'abcd', byteLength: 4 }]);
  });

  it('reports an over-long line with its length and no bytes, and goes on after it', async () => {
    expect(await linesOf(['ok\n12345678\nfine\n'], 4)).toEqual([
      { number: 1, text: 'ok', byteLength: 2 },
      { number: 2, text: undefined, byteLength: 8 },
      { number: 3, text: 'fine', byteLength: 4 },
    ]);
  });

  it('measures an over-long line across chunks', async () => {
    expect(await linesOf(['123', '456', '78\nok'], 4)).toEqual([
      { number: 1, text: undefined, byteLength: 8 },
      { number: 2, text: 'ok', byteLength: 2 },
    ]);
  });

  it('reports an over-long last line without a newline', async () => {
    expect(await linesOf(['ok\n123456'], 4)).toEqual([
      { number: 1, text: 'ok', byteLength: 2 },
      { number: 2, text: undefined, byteLength: 6 },
    ]);
  });

  it('counts bytes, not characters', async () => {
    // "é" is two bytes in UTF-8.
    expect(await linesOf(['ééé\n'], 5)).toEqual([{ number: 1, text: undefined, byteLength: 6 }]);
  });
});
