import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { z } from 'zod';
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

/** The file checked against its schema, or the first problem found, with its path inside the JSON. */
export function checkDataFile<T>(schema: z.ZodType<T>, json: unknown): { file: T } | { problem: string } {
  const result = schema.safeParse(json);
  if (result.success) return { file: result.data };
  const issue = result.error.issues[0];
  return { problem: `${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}` };
}

/** Reads and checks a shipped data file, or throws naming the file, the problem and how to rebuild it. */
export function readDataFile<T>(path: string, kind: DataFileKind, schema: z.ZodType<T>): T {
  const checked = checkDataFile(schema, readGzipJson(path, kind));
  if ('problem' in checked) throw dataFileFormatError(path, kind, checked.problem);
  return checked.file;
}
