export type FetchErrorCode =
  | 'blocked-private'
  | 'robots-disallowed'
  | 'http-status'
  | 'too-many-redirects'
  | 'too-large'
  | 'timeout'
  | 'network'
  | 'invalid-url'
  | 'unsupported-scheme'
  | 'decode';

/**
 * Why a URL could not be fetched. The message reads `GET <url>: <reason>`, for example
 * `GET https://example.com/feed: 404 Not Found`, and is meant to be shown to the user as it is.
 */
export class FetchError extends Error {
  override name = 'FetchError';
  /** The HTTP status of the response that failed, when there was one. */
  readonly httpStatus: number | undefined;
  /** The message without its `GET <url>: ` start. */
  readonly reason: string;
  constructor(
    readonly code: FetchErrorCode,
    /** The URL being requested when it failed: after redirects, the hop that failed. */
    readonly url: string,
    reason: string,
    options: { httpStatus?: number; cause?: unknown } = {},
  ) {
    super(`GET ${url}: ${reason}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.httpStatus = options.httpStatus;
    this.reason = reason;
  }
}
