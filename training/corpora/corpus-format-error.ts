/** Why a corpus file could not be read; each names a line a person can open and fix. */
export type CorpusFormatErrorCode = 'CORPUS_COLUMNS' | 'CORPUS_CSV_QUOTE';

/** A corpus file that does not have the layout its reader expects, located by file and 1-based line. */
export class CorpusFormatError extends Error {
  override name = 'CorpusFormatError';
  constructor(
    readonly code: CorpusFormatErrorCode,
    readonly path: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${path}:${line}: ${problem}`);
  }
}
