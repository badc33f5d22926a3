/** Why a cluster build refused to run; each message names the input and what to do. */
export type ClusterBuildErrorCode = 'USAGE' | 'UNKNOWN_FORMAT' | 'CSV_QUOTE' | 'TEST_SPLIT' | 'NOT_SHIPPABLE';

/** A bad flag, an unreadable source or a source whose terms forbid the requested output. */
export class ClusterBuildError extends Error {
  override name = 'ClusterBuildError';
  constructor(
    readonly code: ClusterBuildErrorCode,
    message: string,
  ) {
    super(message);
  }
}
