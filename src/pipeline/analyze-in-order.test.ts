import { afterEach, describe, expect, it } from 'vitest';
import { titlePipeline } from '../../test/fixtures/worker-pipelines.js';
import { type Article, createArticle } from '../document/article.js';
import {
  type Analyzed,
  analyzeInOrder,
  POOL_BATCH_SIZE,
  POOL_MAX_HELD_ITEMS,
  POOL_MIN_ARTICLES,
} from './analyze-in-order.js';
import { createPipeline } from './create-pipeline.js';
import { WorkerPool } from './worker-pool.js';

const FIXTURES = new URL('../../test/fixtures/worker-pipelines.ts', import.meta.url).href;

type Item = { article: Article } | { skipped: string };

function article(title: string): Article {
  return createArticle(
    { title, body: ['Delegates met on Monday.'], publishedAt: '2020-01-06', source: 'Test' },
    { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2020-01-06T00:00:00Z' },
  );
}

/** `count` articles, with an item that holds none after every seventh. */
function items(count: number): Item[] {
  const list: Item[] = [];
  for (let index = 0; index < count; index++) {
    list.push({ article: article(`Article ${index}`) });
    if (index % 7 === 0) list.push({ skipped: `after ${index}` });
  }
  return list;
}

async function* stream(list: readonly Item[]): AsyncGenerator<Item> {
  yield* list;
}

const articleOf = (item: Item) => ('article' in item ? item.article : undefined);

async function collect(generator: AsyncGenerator<Analyzed<Item>>): Promise<Analyzed<Item>[]> {
  const list: Analyzed<Item>[] = [];
  for await (const each of generator) list.push(each);
  return list;
}

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('analyzeInOrder', () => {
  it('analyses a small input in this thread without starting the pool', async () => {
    // A pool whose threads cannot start: using it would throw.
    pool = new WorkerPool({ threads: 2, pipeline: { module: FIXTURES, exportName: 'noSuchPipeline' } });
    const input = items(5);

    const output = await collect(
      analyzeInOrder(stream(input), articleOf, { pipeline: titlePipeline(), pool }),
    );

    expect(output.map((each) => each.item)).toEqual(input);
    expect(output.map((each) => each.annotated?.tokens?.[0]?.lemma)).toEqual(
      input.map((item) => ('article' in item ? item.article.title.toLowerCase() : undefined)),
    );
  });

  it('sends a large input to the pool and yields every item in input order', async () => {
    pool = new WorkerPool({ threads: 2, pipeline: { module: FIXTURES, exportName: 'titlePipeline' } });
    const input = items(POOL_MIN_ARTICLES + 3 * POOL_BATCH_SIZE + 5);
    // This thread's pipeline has no stage: layers can only come from the pool's threads.
    const analysis = { pipeline: createPipeline([]), pool };

    const output = await collect(analyzeInOrder(stream(input), articleOf, analysis));

    expect(output.map((each) => each.item)).toEqual(input);
    expect(output.map((each) => each.annotated?.tokens?.[0]?.lemma)).toEqual(
      input.map((item) => ('article' in item ? item.article.title.toLowerCase() : undefined)),
    );
  });

  it('holds a bounded number of items when few of them are articles, and analyses them in this thread', async () => {
    // A pool whose threads cannot start: using it would throw.
    pool = new WorkerPool({ threads: 2, pipeline: { module: FIXTURES, exportName: 'noSuchPipeline' } });
    const input: Item[] = [
      ...Array.from({ length: 3 * POOL_MAX_HELD_ITEMS }, (_, index): Item => ({ skipped: `${index}` })),
      ...items(3),
    ];
    let pulled = 0;
    async function* counted(): AsyncGenerator<Item> {
      for (const item of input) {
        pulled++;
        yield item;
      }
    }

    const output = analyzeInOrder(counted(), articleOf, { pipeline: titlePipeline(), pool });
    await output.next();
    expect(pulled).toBeLessThanOrEqual(POOL_MAX_HELD_ITEMS + 1);
    const rest = await collect(output);
    expect(rest).toHaveLength(input.length - 1);
    expect(rest.filter((each) => each.annotated !== undefined)).toHaveLength(3);
  });

  it('analyses in this thread when there is no pool', async () => {
    const input = items(POOL_MIN_ARTICLES + 1);

    const output = await collect(analyzeInOrder(stream(input), articleOf, { pipeline: titlePipeline() }));

    expect(output.map((each) => each.item)).toEqual(input);
    expect(output.every((each) => 'article' in each.item === (each.annotated !== undefined))).toBe(true);
  });
});
