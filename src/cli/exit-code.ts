/** What the process's exit status means, for scripts that call newsgraph. */
export const ExitCode = {
  ok: 0,
  /** Some inputs were rejected (or a named article was not found); the rest was done. */
  rejected: 1,
  /** The command line was wrong: nothing was done. */
  usage: 2,
  /** Something broke that is not the input's fault (a database that cannot be opened). */
  failure: 3,
} as const;
