export type NewsgraphErrorCode =
  | 'PIPELINE_ORDER'
  | 'STAGE_OUTPUT'
  | 'STORE_SCHEMA'
  | 'STORE_NOT_FOUND'
  | 'STORE_UNAVAILABLE'
  | 'STORE_AMBIGUOUS_ID'
  | 'DATA_FILE'
  | 'WORKER_POOL'
  | 'USAGE';

/** A broken invariant or an infrastructure failure, with a code a shell can map to an exit status. */
export class NewsgraphError extends Error {
  override name = 'NewsgraphError';
  constructor(
    readonly code: NewsgraphErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
