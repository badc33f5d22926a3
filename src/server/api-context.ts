import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Pipeline } from '../pipeline/create-pipeline.js';
import type { Store } from '../store/store.js';

/** What the routes get: the store, and for writes the pipeline and the token. */
export interface ApiContext {
  store: Store;
  /** The analysis for posted articles, made on first use (loading the models takes a second). */
  pipeline: () => Pipeline;
  /** The bearer token writes need; without one, writes are refused. */
  token?: string | undefined;
  /** Largest body a POST may have. */
  maxBodyBytes: number;
  /** Called after a write, so that no answer from before it is given again. */
  onWrite: () => void;
}

export type ApiApp = OpenAPIHono;
