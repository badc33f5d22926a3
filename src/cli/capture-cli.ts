import { runCli } from './main.js';
import type { Output } from './output.js';

/** What a run of the CLI printed and how it exited. */
export interface CapturedRun {
  code: number;
  /** Everything printed to standard output, one output call per line. */
  out: string;
  err: string;
  /** `out` split into its lines. */
  lines: string[];
}

/** Runs the CLI with `args` and captures what it prints (for tests of the commands). */
export async function captureCli(...args: string[]): Promise<CapturedRun> {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (line) => out.push(line), err: (line) => err.push(line), isTTY: false };
  const code = await runCli(args, output);
  const printed = out.join('\n');
  return { code, out: printed, err: err.join('\n'), lines: printed.split('\n') };
}
