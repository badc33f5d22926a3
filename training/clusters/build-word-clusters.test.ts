import { describe, expect, it } from 'vitest';
import { buildWordClusters, DEFAULT_CLUSTER_OPTIONS } from './build-word-clusters.js';

const CITIES = ['Paris', 'London', 'Cairo', 'Lima'];
const PEOPLE = ['Putin', 'Obama', 'Merkel', 'Modi'];

/** A toy corpus where cities follow "in" and precede "today", and people precede "said". */
function toyCorpus(): string[][] {
  const sentences: string[][] = [];
  for (let round = 0; round < 5; round++) {
    for (const city of CITIES) sentences.push(['talks', 'began', 'in', city, 'today', '.']);
    for (const person of PEOPLE) sentences.push(['officials', 'and', person, 'said', 'so', '.']);
  }
  return sentences;
}

function pathOf(entries: { path: string; word: string }[], word: string): string {
  return entries.find((entry) => entry.word === word)?.path ?? '';
}

function sharedBits(a: string, b: string): number {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return at;
}

describe('buildWordClusters', () => {
  it('gives words in the same contexts a longer common prefix than words in different ones', () => {
    const { entries } = buildWordClusters(toyCorpus());
    const paris = pathOf(entries, 'Paris');
    expect(sharedBits(paris, pathOf(entries, 'London'))).toBeGreaterThan(
      sharedBits(paris, pathOf(entries, 'Putin')),
    );
    expect(sharedBits(pathOf(entries, 'Putin'), pathOf(entries, 'Modi'))).toBeGreaterThan(
      sharedBits(pathOf(entries, 'Putin'), pathOf(entries, 'Cairo')),
    );
  });

  it('builds the same paths twice from the same text and seed', () => {
    expect(buildWordClusters(toyCorpus()).entries).toEqual(buildWordClusters(toyCorpus()).entries);
  });

  it('writes only 0s and 1s, at most maxBits of them', () => {
    const { entries } = buildWordClusters(toyCorpus(), { ...DEFAULT_CLUSTER_OPTIONS, maxBits: 3 });
    for (const { path } of entries) expect(path).toMatch(/^[01]{0,3}$/);
  });

  it('adds a lower-case alias for a capitalised word', () => {
    const { entries } = buildWordClusters(toyCorpus());
    expect(pathOf(entries, 'paris')).toBe(pathOf(entries, 'Paris'));
  });
});
