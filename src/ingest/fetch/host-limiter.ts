/** Runs requests one host at a time, spaced out; requests to different hosts run side by side. */
export interface HostLimiter {
  /**
   * Runs `task` once the host's turn comes: after every task for that host queued before it has
   * settled, and at least `intervalMs(host)` after the last of them ended.
   */
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

export interface HostLimiterOptions {
  /** The pause between two requests to a host, read when the pause starts (so it may grow). */
  intervalMs: (host: string) => number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Hosts remembered before the idle ones are forgotten; a long `watch` meets many hosts. */
const MAX_IDLE_HOSTS = 256;

export function createHostLimiter(options: HostLimiterOptions): HostLimiter {
  const { intervalMs, now, sleep } = options;
  const queues = new Map<string, Promise<void>>();
  const endedAt = new Map<string, number>();

  return {
    async run(host, task) {
      const previous = queues.get(host) ?? Promise.resolve();
      let release = () => {};
      const done = new Promise<void>((resolve) => {
        release = resolve;
      });
      const queue = previous.then(() => done);
      queues.set(host, queue);
      await previous;
      try {
        const last = endedAt.get(host);
        if (last !== undefined) {
          const waitMs = last + intervalMs(host) - now();
          if (waitMs > 0) await sleep(waitMs);
        }
        return await task();
      } finally {
        endedAt.set(host, now());
        if (queues.get(host) === queue) queues.delete(host);
        release();
        if (endedAt.size > MAX_IDLE_HOSTS) forgetIdleHosts();
      }
    },
  };

  function forgetIdleHosts(): void {
    const time = now();
    for (const [host, last] of endedAt) {
      if (!queues.has(host) && last + intervalMs(host) <= time) endedAt.delete(host);
    }
  }
}
