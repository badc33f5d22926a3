/** An error the API answered with (`{error: {code, message}}`), or a failure to reach it. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string };
}

/** GETs a path of the API as JSON; an error status becomes an `ApiError` with the server's message. */
export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(
      'unreachable',
      'The newsgraph server cannot be reached. Is `newsgraph serve` running?',
      0,
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as ErrorBody | undefined)?.error;
    throw new ApiError(
      error?.code ?? `http-${response.status}`,
      error?.message ?? `The server answered ${response.status} ${response.statusText}.`,
      response.status,
    );
  }
  if (body === undefined)
    throw new ApiError(
      'bad-response',
      'The server answered with something that is not JSON.',
      response.status,
    );
  return body as T;
}
