import { CommanderError } from 'commander';
import { NewsgraphError } from '../errors.js';
import { createProgram } from './create-program.js';
import { ExitCode } from './exit-code.js';
import { processOutput } from './output.js';
import { readStdin } from './read-stdin.js';

/** Runs the CLI with these arguments (without `node` and the script) and returns its exit status. */
export async function runCli(args: readonly string[], output = processOutput): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = createProgram({ output, stdin: readStdin, exit: (code) => (exitCode = code) });
  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    output.err(`newsgraph: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof NewsgraphError) {
      if (error.code === 'USAGE' || error.code === 'STORE_NOT_FOUND') return ExitCode.usage;
      if (error.code === 'STORE_AMBIGUOUS_ID') return ExitCode.rejected;
    }
    return ExitCode.failure;
  }
}
