import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureCli } from '../cli/capture-cli.js';
import { openStore } from '../system.js';
import type { Store } from './store.js';
import { STORY_THRESHOLD, storyFeatures, storySimilarity } from './story-features.js';

/**
 * Which of the example articles (examples/articles/) report the same happening, by the number
 * their file name starts with; every other example is a story of its own.
 */
const SAME_HAPPENING: readonly (readonly string[])[] = [
  // Israel's strikes on Gaza after rockets at Sderot, 18 April 2017, from two sources.
  ['009', '010'],
  // The Armenia–Azerbaijan border fighting of 13 September 2022.
  ['030', '031'],
  // The Black Sea grain deal signed in Istanbul on 22 July 2022.
  ['032', '033'],
  // North Korea's missile over Hokkaido, 29 August 2017.
  ['037', '038'],
];

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-story-examples-'));
const db = join(folder, 'examples.db');
let store: Store;

beforeAll(async () => {
  const result = await captureCli('ingest', 'examples/articles', '--db', db);
  expect(result.code).toBe(0);
  store = openStore(db);
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The example number of each article id, from the file it was read from. */
async function exampleNumbers(): Promise<Map<string, string>> {
  const numbers = new Map<string, string>();
  for (let page = await store.listArticlesAfter(undefined, 100); page.length > 0; ) {
    for (const article of page) numbers.set(article.id, basename(article.origin.location).slice(0, 3));
    page = await store.listArticlesAfter(page.at(-1)?.id, 100);
  }
  return numbers;
}

/** Pairs of examples in one group, as `009+010`. */
function pairsOf(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    const sorted = [...group].sort();
    sorted.forEach((a, index) => {
      for (const b of sorted.slice(index + 1)) pairs.add(`${a}+${b}`);
    });
  }
  return pairs;
}

describe('stories of the examples', () => {
  it('groups exactly the examples that report one happening (pairwise precision and recall 1)', async () => {
    const numbers = await exampleNumbers();
    expect(numbers.size).toBe(40);
    const { stories, total } = await store.listStories({ limit: 1000 });
    const groups = await Promise.all(
      stories.map(async (story) =>
        ((await store.getStory(story.id))?.articles ?? []).map((article) => numbers.get(article.id) ?? '?'),
      ),
    );
    const found = pairsOf(groups);
    const expected = pairsOf(SAME_HAPPENING);
    const correct = [...found].filter((pair) => expected.has(pair));
    expect({ precision: correct.length / found.size, recall: correct.length / expected.size }).toEqual({
      precision: 1,
      recall: 1,
    });
    expect(total).toBe(40 - SAME_HAPPENING.length);
  });

  it('scores every pair about one happening above the threshold and every other pair below it, dates aside', async () => {
    const numbers = await exampleNumbers();
    const features = await Promise.all(
      [...numbers].map(async ([id, number]) => ({
        number,
        features: storyFeatures((await store.getArticle(id)) ?? {}),
      })),
    );
    const expected = pairsOf(SAME_HAPPENING);
    let lowestSame = 1;
    let highestOther = 0;
    for (const [index, a] of features.entries()) {
      for (const b of features.slice(index + 1)) {
        const score = storySimilarity(a.features, b.features);
        const pair = [a.number, b.number].sort().join('+');
        if (expected.has(pair)) lowestSame = Math.min(lowestSame, score);
        else highestOther = Math.max(highestOther, score);
      }
    }
    expect(lowestSame).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(highestOther).toBeLessThan(STORY_THRESHOLD);
  });
});
