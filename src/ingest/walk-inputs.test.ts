import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rejection } from './input-error.js';
import { type WalkOptions, type WalkOutcome, walkInputs } from './walk-inputs.js';

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'newsgraph-walk-inputs-'));
});

afterAll(async () => {
  await chmod(scratch, 0o700);
  await rm(scratch, { recursive: true, force: true });
});

/** A fresh folder holding the given files (path relative to it -> content). */
async function folderWith(name: string, files: readonly string[]): Promise<string> {
  const root = join(scratch, name);
  for (const file of files) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), `${file}\n`);
  }
  await mkdir(root, { recursive: true });
  return root;
}

async function outcomesOf(paths: readonly string[], options?: WalkOptions): Promise<WalkOutcome[]> {
  const outcomes: WalkOutcome[] = [];
  for await (const outcome of walkInputs(paths, options)) outcomes.push(outcome);
  return outcomes;
}

/** Files as paths relative to `root`, rejections as `!` and their path, in the order they came. */
async function walkOf(root: string, paths: readonly string[], options?: WalkOptions): Promise<string[]> {
  return (await outcomesOf(paths, options)).map((outcome) =>
    'file' in outcome ? relative(root, outcome.file.path) : `!${relative(root, outcome.rejection.input)}`,
  );
}

const rejectionsIn = (outcomes: WalkOutcome[]): Rejection[] =>
  outcomes.flatMap((outcome) => ('rejection' in outcome ? [outcome.rejection] : []));

const TREE = [
  'b.txt',
  'a.json',
  'Z.txt',
  'top.jsonl',
  'notes.md',
  '.hidden.txt',
  '.git/config.json',
  'sub/c.jsonl',
  'sub/deeper/d.txt',
  'sub/e.TXT',
];

describe('walkInputs', () => {
  let root: string;

  beforeAll(async () => {
    root = await folderWith('tree', TREE);
  });

  it('walks a folder recursively in sorted order, skipping hidden and unknown files', async () => {
    // Sorted by UTF-16 code unit: "Z" before "a"; within sub, "c.jsonl" < "deeper" < "e.TXT".
    expect(await walkOf(root, [root])).toEqual([
      'Z.txt',
      'a.json',
      'b.txt',
      'sub/c.jsonl',
      'sub/deeper/d.txt',
      'sub/e.TXT',
      'top.jsonl',
    ]);
  });

  it('reports the size of each file', async () => {
    const [first] = await outcomesOf([join(root, 'b.txt')]);
    expect(first).toEqual({ file: { path: join(root, 'b.txt'), size: 'b.txt\n'.length } });
  });

  it('yields a file named directly whatever its extension', async () => {
    expect(await walkOf(root, [join(root, 'notes.md')])).toEqual(['notes.md']);
  });

  it('yields a file named twice once', async () => {
    expect(await walkOf(root, [join(root, 'b.txt'), root])).toEqual([
      'b.txt',
      'Z.txt',
      'a.json',
      'sub/c.jsonl',
      'sub/deeper/d.txt',
      'sub/e.TXT',
      'top.jsonl',
    ]);
  });

  it('expands a glob over the folder it starts from', async () => {
    expect(await walkOf(root, [`${root}/**/*.jsonl`])).toEqual(['sub/c.jsonl', 'top.jsonl']);
  });

  it('matches a glob without ** in the folder it names only', async () => {
    expect(await walkOf(root, [`${root}/*.txt`])).toEqual(['Z.txt', 'b.txt']);
  });

  it('keeps only files that match an --include glob', async () => {
    expect(await walkOf(root, [root], { include: ['*.txt'] })).toEqual([
      'Z.txt',
      'b.txt',
      'sub/deeper/d.txt',
    ]);
  });

  it('matches --include against the path from the walked folder', async () => {
    expect(await walkOf(root, [root], { include: ['sub/**'] })).toEqual([
      'sub/c.jsonl',
      'sub/deeper/d.txt',
      'sub/e.TXT',
    ]);
  });

  it('drops files that match an --exclude glob', async () => {
    expect(await walkOf(root, [root], { exclude: ['sub/**', '*.json'] })).toEqual([
      'Z.txt',
      'b.txt',
      'top.jsonl',
    ]);
  });

  it('narrows a glob path with --include', async () => {
    expect(await walkOf(root, [`${root}/**/*.jsonl`], { include: ['sub/**'] })).toEqual(['sub/c.jsonl']);
  });

  it('never widens a glob path with --include', async () => {
    expect(await walkOf(root, [`${root}/**/*.jsonl`], { include: ['*.txt'] })).toEqual(['!**/*.jsonl']);
  });

  it('rejects a glob that matches no file, saying so', async () => {
    const glob = `${root}/**/*.xml.jsonl`;
    expect(rejectionsIn(await outcomesOf([glob]))).toEqual([
      { input: glob, reason: `no file matches ${glob}` },
    ]);
  });

  it('rejects a folder that holds no article file', async () => {
    const empty = join(root, 'empty-folder');
    await mkdir(empty, { recursive: true });
    await writeFile(join(empty, 'notes.md'), 'not an article\n');
    expect(rejectionsIn(await outcomesOf([empty]))).toEqual([
      {
        input: empty,
        reason:
          'no article or GDELT event files (.txt, .text, .json, .jsonl, .ndjson, .html, .htm, .html.gz, .export.CSV, .export.CSV.gz) in this folder',
      },
    ]);
  });

  it('narrows a glob path with --exclude', async () => {
    expect(await walkOf(root, [`${root}/**/*.jsonl`], { exclude: ['sub/**'] })).toEqual(['top.jsonl']);
  });

  it('rejects a path that does not exist and goes on', async () => {
    const missing = join(root, 'missing.txt');
    expect(await outcomesOf([missing, join(root, 'b.txt')])).toEqual([
      { rejection: { input: missing, reason: 'no such file or folder (or a broken symbolic link)' } },
      { file: { path: join(root, 'b.txt'), size: 'b.txt\n'.length } },
    ]);
  });

  it('rejects a glob whose folder does not exist', async () => {
    const glob = join(root, 'nowhere', '**', '*.txt');
    expect(rejectionsIn(await outcomesOf([glob]))).toEqual([
      { input: glob, reason: 'no such file or folder (or a broken symbolic link)' },
    ]);
  });

  it('yields the bytes of standard input for "-"', async () => {
    const bytes = Buffer.from('A headline\nThe body.\n');
    expect(await outcomesOf(['-'], { stdin: async () => bytes })).toEqual([
      { file: { path: '-', size: bytes.length, bytes } },
    ]);
  });

  it('reports a symbolic link loop once and walks on', async () => {
    const loop = await folderWith('loop', ['a.txt', 'z.txt']);
    await symlink(loop, join(loop, 'loop'));
    const outcomes = await outcomesOf([loop]);
    expect(outcomes.map((outcome) => ('file' in outcome ? relative(loop, outcome.file.path) : '!'))).toEqual([
      'a.txt',
      '!',
      'z.txt',
    ]);
    expect(rejectionsIn(outcomes)).toEqual([
      { input: join(loop, 'loop'), reason: expect.stringContaining('symbolic link loop') },
    ]);
  });

  it('reports a link that points back to a folder above it', async () => {
    const loop = await folderWith('loop-up', ['sub/a.txt']);
    await symlink('..', join(loop, 'sub', 'up'));
    expect(await walkOf(loop, [loop])).toEqual(['sub/a.txt', '!sub/up']);
  });

  it('reports a link to itself as a loop', async () => {
    const folder = await folderWith('self', ['a.txt']);
    await symlink('self.txt', join(folder, 'self.txt'));
    expect(rejectionsIn(await outcomesOf([folder]))).toEqual([
      { input: join(folder, 'self.txt'), reason: 'symbolic link loop' },
    ]);
  });

  it('follows a symbolic link to a file', async () => {
    const folder = await folderWith('link', ['real/a.txt']);
    await symlink(join(folder, 'real', 'a.txt'), join(folder, 'alias.txt'));
    expect(await walkOf(folder, [folder])).toEqual(['alias.txt']);
  });

  it('rejects a dangling symbolic link', async () => {
    const folder = await folderWith('dangling', ['a.txt']);
    await symlink(join(folder, 'gone.txt'), join(folder, 'b.txt'));
    expect(await outcomesOf([folder])).toEqual([
      { file: { path: join(folder, 'a.txt'), size: 'a.txt\n'.length } },
      {
        rejection: {
          input: join(folder, 'b.txt'),
          reason: 'no such file or folder (or a broken symbolic link)',
        },
      },
    ]);
  });

  it('rejects a named pipe in a folder without blocking', async (ctx) => {
    const folder = await folderWith('fifo', ['a.txt']);
    const fifo = join(folder, 'pipe.txt');
    try {
      execFileSync('mkfifo', [fifo], { stdio: 'ignore' });
    } catch {
      ctx.skip('mkfifo is not available on this platform');
    }
    expect(rejectionsIn(await outcomesOf([folder]))).toEqual([
      { input: fifo, reason: 'not a regular file (a device, socket or pipe)' },
    ]);
  }, 10_000);

  it('rejects a named pipe given by name without blocking', async (ctx) => {
    const fifo = join(scratch, 'named-pipe.txt');
    try {
      execFileSync('mkfifo', [fifo], { stdio: 'ignore' });
    } catch {
      ctx.skip('mkfifo is not available on this platform');
    }
    expect(await outcomesOf([fifo])).toEqual([
      { rejection: { input: fifo, reason: 'not a regular file or folder' } },
    ]);
  }, 10_000);

  it('rejects a folder it may not read and walks on', async (ctx) => {
    ctx.skip(process.getuid?.() === 0, 'running as root, which can read a chmod-000 folder');
    const folder = await folderWith('locked', ['a.txt', 'locked/b.txt', 'z.txt']);
    await chmod(join(folder, 'locked'), 0o000);
    try {
      expect(await outcomesOf([folder])).toEqual([
        { file: { path: join(folder, 'a.txt'), size: 'a.txt\n'.length } },
        { rejection: { input: join(folder, 'locked'), reason: 'cannot read folder: permission denied' } },
        { file: { path: join(folder, 'z.txt'), size: 'z.txt\n'.length } },
      ]);
    } finally {
      await chmod(join(folder, 'locked'), 0o700);
    }
  });
});
