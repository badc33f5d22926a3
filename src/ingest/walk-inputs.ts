import { type Dirent, readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { describeFileError } from './describe-file-error.js';
import type { Rejection } from './input-error.js';
import { type InputFile, inputFormat, READABLE_EXTENSIONS } from './read-input.js';

export type WalkOutcome = { file: InputFile } | { rejection: Rejection };

export interface WalkOptions {
  /** Globs a file's path must match (relative to the folder being walked), e.g. `**\/*.txt`. */
  include?: readonly string[];
  exclude?: readonly string[];
  /** The bytes of standard input, read when `-` is among the paths. */
  stdin?: () => Promise<Buffer>;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands paths, folders and globs into the files to read, in a stable order. Folders are walked
 * recursively (hidden entries skipped, symbolic links followed once, loops reported); a path that
 * cannot be read becomes a rejection and the walk goes on. File-system calls are synchronous:
 * a walk over many small files is several times faster so, and the walker has nothing else to do.
 */
export async function* walkInputs(
  paths: readonly string[],
  options: WalkOptions = {},
): AsyncGenerator<WalkOutcome> {
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      const bytes = options.stdin ? await options.stdin() : Buffer.alloc(0);
      yield { file: { path: '-', size: bytes.length, bytes } };
      continue;
    }
    const glob = GLOB_CHARS.test(path) ? globBase(path) : undefined;
    const root = glob?.base ?? path;
    let info: Stats;
    try {
      info = statSync(root);
    } catch (error) {
      yield { rejection: { input: path, reason: describeFileError(error) } };
      continue;
    }
    const filter = fileFilter(root, glob?.pattern, options);
    if (info.isDirectory()) {
      let found = 0;
      for await (const outcome of walkFolder(root, filter, [realpathSync(root)], seen)) {
        if ('file' in outcome) found++;
        yield outcome;
      }
      if (found === 0) {
        const wanted = glob
          ? `no file matches ${path}`
          : `no article or GDELT event files (${READABLE_EXTENSIONS.join(', ')}) in this folder`;
        yield { rejection: { input: path, reason: wanted } };
      }
    } else if (info.isFile()) {
      const real = realpathSync(root);
      if (!seen.has(real)) {
        seen.add(real);
        yield { file: { path: root, size: info.size } };
      }
    } else {
      yield { rejection: { input: path, reason: 'not a regular file or folder' } };
    }
  }
}

async function* walkFolder(
  folder: string,
  accepts: (path: string) => boolean,
  ancestors: string[],
  seen: Set<string>,
): AsyncGenerator<WalkOutcome> {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    yield { rejection: { input: folder, reason: `cannot read folder: ${describeFileError(error)}` } };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    let info: Stats;
    let real: string;
    try {
      info = statSync(path);
      real = realpathSync(path);
    } catch (error) {
      if (entry.isSymbolicLink() || inputFormat(entry.name) !== undefined) {
        yield { rejection: { input: path, reason: describeFileError(error) } };
      }
      continue;
    }
    if (info.isDirectory()) {
      if (ancestors.includes(real)) {
        yield { rejection: { input: path, reason: `symbolic link loop: points back to ${real}` } };
      } else if (!seen.has(real)) {
        seen.add(real);
        yield* walkFolder(path, accepts, [...ancestors, real], seen);
      }
      continue;
    }
    if (inputFormat(entry.name) === undefined || !accepts(path) || seen.has(real)) continue;
    seen.add(real);
    if (info.isFile()) yield { file: { path, size: info.size } };
    else yield { rejection: { input: path, reason: 'not a regular file (a device, socket or pipe)' } };
  }
}

/** The folder a glob starts from (its longest prefix without glob characters) and the rest. */
function globBase(path: string): { base: string; pattern: string } | undefined {
  try {
    statSync(path);
    return undefined; // A real file whose name has glob characters.
  } catch {
    const parts = path.split(/[\\/]/);
    const firstGlob = parts.findIndex((part) => GLOB_CHARS.test(part));
    const base = parts.slice(0, firstGlob).join(sep) || '.';
    return { base, pattern: parts.slice(firstGlob).join('/') };
  }
}

function fileFilter(
  root: string,
  pattern: string | undefined,
  options: WalkOptions,
): (path: string) => boolean {
  // The glob in the path and --include both narrow: a file must match the one and the other.
  const matchesPattern = pattern ? picomatch(pattern) : () => true;
  const matchesInclude = options.include?.length ? picomatch([...options.include]) : () => true;
  const matchesExclude = options.exclude?.length ? picomatch([...options.exclude]) : () => false;
  const base = resolve(root);
  return (path) => {
    const rel = relative(base, resolve(path)).split(sep).join('/');
    const name = rel.split('/').at(-1) ?? rel;
    const included = matchesPattern(rel) && (matchesInclude(rel) || matchesInclude(name));
    return included && !matchesExclude(rel) && !matchesExclude(name);
  };
}
