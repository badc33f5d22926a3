const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder (or a broken symbolic link)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'symbolic link loop',
  EISDIR: 'is a folder, not a file',
  ENAMETOOLONG: 'path too long',
  EMFILE: 'too many open files',
};

/** A short reason for a file-system error, without Node's stack of syscall details. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}
