import { useEffect, useState } from 'react';
import { fetchJson } from './fetch-json.js';

export type ApiState<T> =
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'ok'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: Error };

/**
 * The API's answer for `path`, fetched again whenever the path changes; while a new answer loads,
 * the previous one stays in `data` so that lists do not flash empty. `null` fetches nothing.
 */
export function useApi<T>(path: string | null): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>({ status: 'loading' });
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', data: previous.data }));
    fetchJson<T>(path, controller.signal).then(
      (data) => setState({ status: 'ok', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [path]);
  return state;
}
