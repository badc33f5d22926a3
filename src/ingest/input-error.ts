import { describeFileError } from './describe-file-error.js';

/**
 * Why one input could not be read: which input, where in it (line, field) and why.
 * Readers throw it; the batch turns it into a rejection and goes on with the rest.
 */
export class InputError extends Error {
  override name = 'InputError';
  readonly line: number | undefined;
  readonly field: string | undefined;
  constructor(message: string, where: { line?: number; field?: string } = {}) {
    super(message);
    this.line = where.line;
    this.field = where.field;
  }
}

/** An input that was not ingested, and why. */
export interface Rejection {
  /** File path, `-` for standard input, or URL. */
  input: string;
  line?: number;
  field?: string;
  reason: string;
}

export function rejectionFrom(input: string, error: unknown, line?: number): Rejection {
  if (error instanceof InputError) {
    const rejection: Rejection = { input, reason: error.message };
    const at = error.line ?? line;
    if (at !== undefined) rejection.line = at;
    if (error.field !== undefined) rejection.field = error.field;
    return rejection;
  }
  const reason = describeFileError(error);
  return line === undefined ? { input, reason } : { input, line, reason };
}

/** `file:line: field: reason`, the way compilers print a problem. */
export function formatRejection(rejection: Rejection): string {
  const where = rejection.line === undefined ? rejection.input : `${rejection.input}:${rejection.line}`;
  const field = rejection.field === undefined ? '' : `field "${rejection.field}": `;
  return `${where}: ${field}${rejection.reason}`;
}
