import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  /** Connection errors, timeouts and answers other than 2xx. */
  errors: number;
}

/**
 * Sends the paths in turn (each connection takes the next one) over `connections` connections
 * for `seconds`, and times every answer: autocannon's own summary has no 95th percentile.
 */
export async function measureLoad(
  url: string,
  paths: readonly string[],
  options: { seconds: number; connections: number },
): Promise<LoadResult> {
  let next = 0;
  const times: number[] = [];
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url,
      connections: options.connections,
      duration: options.seconds,
      timeout: 10,
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }),
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    times.push(responseTime);
  });
  const result = await done;
  times.sort((a, b) => a - b);
  const at = (fraction: number) =>
    times[Math.min(times.length - 1, Math.floor(fraction * times.length))] ?? 0;
  return {
    requests: times.length,
    requestsPerSecond: times.length / options.seconds,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
