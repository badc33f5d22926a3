import type { Output } from './output.js';

/** What every command gets from the shell: where to print, and how to report its exit status. */
export interface CliContext {
  output: Output;
  /** Standard input, read on demand when a path is `-`. */
  stdin: () => Promise<Buffer>;
  exit(code: number): void;
}
