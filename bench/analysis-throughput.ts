import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface AnalysisRun {
  /** Worker threads; 0 for analysis in the child's main thread. */
  threads: number;
  articles: number;
  failed: number;
  startupMs: number;
  /** Each thread's warm-up on the examples before the clock starts (see `analysis-child.ts`). */
  warmUpMs: number;
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
   * The one-thread run with its whole process held to one CPU (`taskset`): the pool's thread, the
   * main thread and V8's collector threads on one core, which unpinned use 1.3 cores between them.
   * Undefined where `taskset` is missing.
   */
  oneCore?: AnalysisRun;
  /** Two threads on the machine's two cores over the whole process on one. */
  twoWorkersOverOneCore?: number;
  /**
   * Two processes analysing at once without a pool, their rates summed, over the one-thread rate:
   * what two cores give this work on this machine at the time, whatever the pool does.
   */
  twoProcessesSpeedup: number;
  /** The same for the events issue's "analysis so far", tokens to events (`events-pipeline.ts`). */
  toEvents: EventsThroughput;
}

export interface EventsThroughput {
  /** The fastest run on one thread, held to one CPU where `taskset` is there (`onOneCore`). */
  one: AnalysisRun;
  onOneCore: boolean;
  two: AnalysisRun;
  /** Two threads on the machine's two cores over `one`. */
  twoOverOne: number;
}

/** `default`, the whole analysis, or `events`, its stages from tokens to events. */
type PipelineName = 'default' | 'events';

interface ChildOptions {
  pipeline?: PipelineName;
  /** Epoch ms at which the timed part starts, to run beside another child. */
  startAt?: number;
  /** The CPU the whole child is held to. */
  cpu?: number | undefined;
}

const ROOT = join(import.meta.dirname, '..');
const run = promisify(execFile);
/**
 * Times each thread analyses the examples before the clock starts. A new thread runs its first few
 * hundred articles at about half its later speed while V8 compiles and recompiles the pipeline's
 * code on its helper threads; timed from the first article, two threads would pay that twice
 * within the same number of articles. `--trace-opt` shows when that settles: after 8 copies (384
 * articles), the next 96 articles still spent 460 ms compiling, about half their analysis time,
 * and 20 to 200 ms per 96 until about 1,150 articles; after that, 5 to 50 ms. Each thread therefore
 * analyses 24 copies first. The PostgreSQL workers' bench warms each worker the same way.
 */
export const WARM_UP_COPIES = 24;
/** Time for two children to load before their timed parts start together. */
const TOGETHER_DELAY_MS = 8000;

/**
 * Analysis throughput of the examples (repeated `copies` times) on one worker thread and on two,
 * each run in its own process, alternating for `rounds` rounds, and in each round two pool-less
 * processes at once for comparison, then the stages to events alone on one core and on two. On a shared machine other work only ever slows a run down,
 * so each figure is the best of its rounds (as Python's timeit takes the minimum).
 */
export async function measureAnalysisThroughput(rounds: number, copies: number): Promise<AnalysisThroughput> {
  const ones: AnalysisRun[] = [];
  const twos: AnalysisRun[] = [];
  const oneCores: AnalysisRun[] = [];
  const together: number[] = [];
  const eventsOnes: AnalysisRun[] = [];
  const eventsTwos: AnalysisRun[] = [];
  const cpu = oneCpu();
  if (cpu === undefined) process.stderr.write('  no taskset here: the run on one core is left out\n');
  for (let round = 0; round < rounds; round++) {
    ones.push(report(await runChild(1, copies)));
    twos.push(report(await runChild(2, copies)));
    if (cpu !== undefined) oneCores.push(report(await runChild(1, copies, { cpu }), `on CPU ${cpu} only`));
    const startAt = Date.now() + TOGETHER_DELAY_MS;
    const pair = await Promise.all([runChild(0, copies, { startAt }), runChild(0, copies, { startAt })]);
    together.push(pair[0].articlesPerSecond + pair[1].articlesPerSecond);
    process.stderr.write(
      `  2 processes at once, no pool: ${(together.at(-1) as number).toFixed(1)} articles/s together\n`,
    );
    const where = cpu === undefined ? 'tokens to events' : `tokens to events, on CPU ${cpu} only`;
    eventsOnes.push(report(await runChild(1, copies, { pipeline: 'events', cpu }), where));
    eventsTwos.push(report(await runChild(2, copies, { pipeline: 'events' }), 'tokens to events'));
  }
  const one = fastest(ones);
  const two = fastest(twos);
  const oneCore = oneCores.length > 0 ? fastest(oneCores) : undefined;
  const eventsOne = fastest(eventsOnes);
  const eventsTwo = fastest(eventsTwos);
  return {
    one,
    two,
    twoWorkersSpeedup: two.articlesPerSecond / one.articlesPerSecond,
    twoProcessesSpeedup: Math.max(...together) / one.articlesPerSecond,
    ...(oneCore && { oneCore, twoWorkersOverOneCore: two.articlesPerSecond / oneCore.articlesPerSecond }),
    toEvents: {
      one: eventsOne,
      onOneCore: cpu !== undefined,
      two: eventsTwo,
      twoOverOne: eventsTwo.articlesPerSecond / eventsOne.articlesPerSecond,
    },
  };
}

/** The first CPU this process may run on, when `taskset` is there to hold a child to it. */
function oneCpu(): number | undefined {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    const allowed = /^Cpus_allowed_list:\s*(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return allowed ? Number(allowed[1]) : undefined;
  } catch {
    return undefined;
  }
}

async function runChild(threads: number, copies: number, options: ChildOptions = {}): Promise<AnalysisRun> {
  const { pipeline = 'default', startAt = 0, cpu } = options;
  const child = join(ROOT, 'bench/analysis-child.ts');
  const node = [
    process.execPath,
    '--import',
    'tsx',
    child,
    ...[threads, copies, WARM_UP_COPIES, startAt].map(String),
    pipeline,
  ];
  const [command, ...args] = cpu === undefined ? node : ['taskset', '-c', String(cpu), ...node];
  const { stdout } = await run(command as string, args, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  const result = JSON.parse(stdout) as AnalysisRun;
  if (result.failed > 0) {
    throw new Error(`${result.failed} articles failed on ${threads} worker threads (${pipeline} pipeline)`);
  }
  return result;
}

function report(result: AnalysisRun, where = ''): AnalysisRun {
  process.stderr.write(
    `  ${result.threads} worker thread${result.threads > 1 ? 's' : ''}${where && ` ${where}`}: ` +
      `${result.articlesPerSecond.toFixed(1)} articles/s, start-up ${Math.round(result.startupMs)} ms, ` +
      `warm-up ${Math.round(result.warmUpMs)} ms, ` +
      `peak RSS ${Math.round(result.peakRssMb)} MB\n`,
  );
  return result;
}

function fastest(runs: readonly AnalysisRun[]): AnalysisRun {
  return runs.reduce((best, each) => (each.articlesPerSecond > best.articlesPerSecond ? each : best));
}
