import type { Context, TypedResponse } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { NewsgraphError } from '../errors.js';

export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'too_large'
  | 'unsupported_media_type'
  | 'internal';

const STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
} as const satisfies Record<ApiErrorCode, number>;

/**
 * The answer `apiError` gives, spelled out: `npm run build` emits declarations, and the type
 * Hono infers for it is too long for the compiler to print.
 */
export type ApiErrorResponse<Code extends ApiErrorCode> = Response &
  TypedResponse<{ error: { code: Code; message: string } }, (typeof STATUS)[Code], 'json'>;

/** A JSON error answer, `{error: {code, message}}`, with the status its code means. */
export function apiError<Code extends ApiErrorCode>(
  c: Context,
  code: Code,
  message: string,
): ApiErrorResponse<Code> {
  return c.json(
    { error: { code, message } },
    STATUS[code] as (typeof STATUS)[Code],
  ) as unknown as ApiErrorResponse<Code>;
}

/**
 * The one place errors become HTTP statuses: bad input (a usage error, an ambiguous id) is a 400
 * with the message that says what to change; anything else is a 500 that names nothing internal.
 */
export function answerError(error: Error, c: Context): ApiErrorResponse<ApiErrorCode> {
  if (error instanceof NewsgraphError && (error.code === 'USAGE' || error.code === 'STORE_AMBIGUOUS_ID')) {
    return apiError(c, 'bad_request', error.message);
  }
  if (error instanceof HTTPException) {
    const code = error.status === 413 ? 'too_large' : error.status === 401 ? 'unauthorized' : 'bad_request';
    return apiError(c, code, error.message || 'bad request');
  }
  console.error(error);
  return apiError(c, 'internal', 'the server could not answer this request');
}
