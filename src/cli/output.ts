import type { Writable } from 'node:stream';

/** Where commands print: results to stdout, messages to stderr. Replaceable in tests. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
  /** Whether stdout is a terminal (colour and bold are for people, not pipes). */
  isTTY: boolean;
  /** Standard output as a stream, for output too large for lines (exports); absent in tests. */
  stream?: Writable;
}

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  isTTY: Boolean(process.stdout.isTTY),
  stream: process.stdout,
};

export function bold(text: string, output: Output): string {
  return output.isTTY ? `\u001b[1m${text}\u001b[22m` : text;
}
