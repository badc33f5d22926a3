import { FetchError } from '../fetch/fetch-error.js';

/**
 * Whether a failed fetch may succeed if tried again later (a timeout, a 503, a robots.txt that
 * could not be read), rather than never.
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof FetchError)) return false;
  if (error.code === 'timeout' || error.code === 'network') return true;
  if (error.code === 'robots-disallowed') return error.httpStatus !== undefined;
  return error.code === 'http-status' && (error.httpStatus === 429 || (error.httpStatus ?? 0) >= 500);
}
