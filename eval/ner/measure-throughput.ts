import { performance } from 'node:perf_hooks';

/**
 * Items per second of `run` (which handles `items` items each time): one warm-up run for the JIT,
 * then the median of three timed runs, since the machine is shared and noisy. `clock` `cpu`
 * counts the CPU time of this process (all its threads, so the garbage collector's helpers too)
 * instead of the time on the wall, which other processes' work on the same cores stretches.
 */
export function measureThroughput(run: () => void, items: number, clock: 'wall' | 'cpu' = 'wall'): number {
  const now = clock === 'wall' ? () => performance.now() : cpuMs;
  run();
  const rates: number[] = [];
  for (let round = 0; round < 3; round++) {
    const started = now();
    run();
    rates.push(items / ((now() - started) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[1] ?? 0;
}

/** CPU time used by this process so far, in milliseconds. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
