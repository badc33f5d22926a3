import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AnnotatedArticle } from '../document/annotations.js';
import type { Article } from '../document/article.js';
import { NewsgraphError } from '../errors.js';

/** Where a worker thread gets its pipeline: a module's file URL and the export that builds one. */
export interface PipelineSource {
  module: string;
  exportName: string;
}

export interface WorkerPoolOptions {
  threads: number;
  pipeline: PipelineSource;
}

/** Built, the entry is `analyze-in-worker.js`; from TypeScript sources, a shim that loads tsx first. */
const WORKER_FILE = fileURLToPath(
  new URL(
    import.meta.url.endsWith('.ts') ? './analyze-in-worker-from-source.mjs' : './analyze-in-worker.js',
    import.meta.url,
  ),
);

/**
 * Worker threads that each build the pipeline once and analyse batches of articles. The threads
 * start on the first `start` or `analyze`, so a pool that is never used costs nothing.
 */
export class WorkerPool {
  readonly threads: number;
  readonly #pipeline: PipelineSource;
  #piscina: Piscina<readonly Article[], AnnotatedArticle[]> | undefined;
  #started: Promise<void> | undefined;

  constructor(options: WorkerPoolOptions) {
    this.threads = options.threads;
    this.#pipeline = options.pipeline;
  }

  /** Starts the threads and resolves when every one has built its pipeline and loaded its models. */
  start(): Promise<void> {
    this.#started ??= this.#launch();
    return this.#started;
  }

  /**
   * Analyses one batch on one thread, in order, each article isolated as `runPipeline` isolates it.
   * If the thread dies, every article of the batch comes back unanalysed with an error diagnostic,
   * and a new thread takes its place.
   */
  async analyze(articles: readonly Article[]): Promise<AnnotatedArticle[]> {
    await this.start();
    try {
      return await (this.#piscina as Piscina<readonly Article[], AnnotatedArticle[]>).run(articles);
    } catch (error) {
      return articles.map((article) => unanalysed(article, articles.length, error));
    }
  }

  async close(): Promise<void> {
    await this.#piscina?.destroy();
  }

  async #launch(): Promise<void> {
    const piscina = new Piscina<readonly Article[], AnnotatedArticle[]>({
      filename: WORKER_FILE,
      minThreads: this.threads,
      maxThreads: this.threads,
      idleTimeout: Number.POSITIVE_INFINITY,
      workerData: this.#pipeline,
    });
    // A thread that dies between tasks is replaced; without a listener its error would be an
    // uncaught 'error' event that ends the process. A death during a task fails that task.
    piscina.on('error', () => {});
    this.#piscina = piscina;
    try {
      // A thread takes one task at a time, so N empty batches go one to each of the N threads,
      // and each returns once its thread is ready.
      await Promise.all(Array.from({ length: this.threads }, () => piscina.run([])));
    } catch (error) {
      await piscina.destroy();
      throw new NewsgraphError(
        'WORKER_POOL',
        `the analysis worker threads could not start: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
}

function unanalysed(article: Article, batchSize: number, error: unknown): AnnotatedArticle {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ...article,
    diagnostics: [
      ...article.diagnostics,
      {
        severity: 'error',
        code: 'worker-failed',
        message: `not analysed: the worker thread analysing its batch of ${batchSize} articles failed (${reason})`,
      },
    ],
    stages: [],
  };
}
