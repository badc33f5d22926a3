import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES_PER_FOLDER = 1000;

interface Example {
  title: string;
  lede: string;
  image: string;
  body: string[];
  source: string;
}

/** The example articles, split into their seed-record blocks. */
function readExamples(folder: string): Example[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const blocks = readFileSync(join(folder, name), 'utf8')
        .trim()
        .split(/\n\s*\n/);
      return {
        title: blocks[0] ?? '',
        lede: blocks[2] ?? '',
        image: blocks[3] ?? '',
        body: blocks.slice(4, -1),
        source: blocks.at(-1) ?? '',
      };
    });
}

/** A deterministic pseudo-random sequence, so every run ingests the same articles. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Writes `count` seed-format articles made from the examples: each takes one example's title,
 * lede and paragraphs, mixes in paragraphs of another, and gets its own number and date.
 */
export function generateArticles(examplesFolder: string, outFolder: string, count: number): void {
  const examples = readExamples(examplesFolder);
  const next = random(42);
  for (let index = 0; index < count; index++) {
    const folder = join(outFolder, String(Math.floor(index / FILES_PER_FOLDER)).padStart(3, '0'));
    if (index % FILES_PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const example = examples[index % examples.length] as Example;
    const other = examples[Math.floor(next() * examples.length)] as Example;
    const body = [...example.body];
    body.splice(
      Math.floor(next() * body.length),
      0,
      other.body[Math.floor(next() * other.body.length)] ?? '',
    );
    const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(next() * 3650) * 86_400_000);
    const mmddyyyy = `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCFullYear()}`;
    const text = [
      `${example.title} (${index})`,
      mmddyyyy,
      example.lede,
      example.image,
      ...body,
      example.source,
    ].join('\n\n');
    writeFileSync(join(folder, `${String(index).padStart(6, '0')}.txt`), `${text}\n`);
  }
}
