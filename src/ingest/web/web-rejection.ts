import { FetchError } from '../fetch/fetch-error.js';
import { type Rejection, rejectionFrom } from '../input-error.js';

/** A URL that gave no article, and why, without repeating the URL in the reason. */
export function webRejection(url: string, error: unknown): Rejection {
  return error instanceof FetchError ? { input: url, reason: error.reason } : rejectionFrom(url, error);
}
