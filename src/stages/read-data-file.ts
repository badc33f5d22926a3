import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { NewsgraphError } from '../errors.js';

/** A data file that ships in `data/`: what to call it, and the command that rebuilds it. */
export interface DataFileKind {
  name: string;
  rebuild: string;
}

/** The JSON of a gzip-compressed data file, or an error naming the file and how to rebuild it. */
export function readGzipJson(path: string, kind: DataFileKind): unknown {
  try {
    return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'));
  } catch (cause) {
    throw new NewsgraphError(
      'DATA_FILE',
      `Cannot read the ${kind.name} ${path}; build it with \`${kind.rebuild}\`.`,
      {
        cause,
      },
    );
  }
}

/** The error for a data file whose content is not what its loader expects. */
export function dataFileFormatError(path: string, kind: DataFileKind, problem: string): NewsgraphError {
  return new NewsgraphError(
    'DATA_FILE',
    `The ${kind.name} ${path} is not in the expected format: ${problem}. Rebuild it with \`${kind.rebuild}\`.`,
  );
}
