import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface AnalysisRun {
  /** Worker threads; 0 for analysis in the child's main thread. */
  threads: number;
  articles: number;
  failed: number;
  startupMs: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMb: number;
}

export interface AnalysisThroughput {
  /** The fastest run on one worker thread, and on two. */
  one: AnalysisRun;
  two: AnalysisRun;
  twoWorkersSpeedup: number;
  /**
   * Two processes analysing at once without a pool, their rates summed, over the one-thread rate:
   * what two cores give this work on this machine at the time, whatever the pool does.
   */
  twoProcessesSpeedup: number;
}

const ROOT = join(import.meta.dirname, '..');
const run = promisify(execFile);
/** Time for two children to load before their timed parts start together. */
const TOGETHER_DELAY_MS = 8000;

/**
 * Analysis throughput of the examples (repeated `copies` times) on one worker thread and on two,
 * each run in its own process, alternating for `rounds` rounds, and in each round two pool-less
 * processes at once for comparison. On a shared machine other work only ever slows a run down,
 * so each figure is the best of its rounds (as Python's timeit takes the minimum).
 */
export async function measureAnalysisThroughput(rounds: number, copies: number): Promise<AnalysisThroughput> {
  const ones: AnalysisRun[] = [];
  const twos: AnalysisRun[] = [];
  const together: number[] = [];
  for (let round = 0; round < rounds; round++) {
    ones.push(report(await runChild(1, copies)));
    twos.push(report(await runChild(2, copies)));
    const startAt = Date.now() + TOGETHER_DELAY_MS;
    const pair = await Promise.all([runChild(0, copies, startAt), runChild(0, copies, startAt)]);
    together.push(pair[0].articlesPerSecond + pair[1].articlesPerSecond);
    process.stderr.write(
      `  2 processes at once, no pool: ${(together.at(-1) as number).toFixed(1)} articles/s together\n`,
    );
  }
  const one = fastest(ones);
  const two = fastest(twos);
  return {
    one,
    two,
    twoWorkersSpeedup: two.articlesPerSecond / one.articlesPerSecond,
    twoProcessesSpeedup: Math.max(...together) / one.articlesPerSecond,
  };
}

async function runChild(threads: number, copies: number, startAt = 0): Promise<AnalysisRun> {
  const child = join(ROOT, 'bench/analysis-child.ts');
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', child, String(threads), String(copies), String(startAt)],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  const result = JSON.parse(stdout) as AnalysisRun;
  if (result.failed > 0) throw new Error(`${result.failed} articles failed on ${threads} worker threads`);
  return result;
}

function report(result: AnalysisRun): AnalysisRun {
  process.stderr.write(
    `  ${result.threads} worker thread${result.threads > 1 ? 's' : ''}: ` +
      `${result.articlesPerSecond.toFixed(1)} articles/s, start-up ${Math.round(result.startupMs)} ms, ` +
      `peak RSS ${Math.round(result.peakRssMb)} MB\n`,
  );
  return result;
}

function fastest(runs: readonly AnalysisRun[]): AnalysisRun {
  return runs.reduce((best, each) => (each.articlesPerSecond > best.articlesPerSecond ? each : best));
}
