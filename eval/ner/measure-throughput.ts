import { performance } from 'node:perf_hooks';

/**
 * Items per second of `run` (which handles `items` items each time): one warm-up run for the JIT,
 * then the median of three timed runs, since the machine is shared and noisy.
 */
export function measureThroughput(run: () => void, items: number): number {
  run();
  const rates: number[] = [];
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    run();
    rates.push(items / ((performance.now() - started) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[1] ?? 0;
}
