import { beforeEach, describe, expect, it } from 'vitest';
import type { AnnotatedArticle, EntityMention } from '../document/annotations.js';
import { createArticle } from '../document/article.js';
import { toAnnotatedJson } from '../document/to-annotated-json.js';
import { eventFixtures, quoteFixtures } from './store.contract.js';
import type { ArticleScan, Store } from './store.js';

/**
 * Four articles to store one at a time, in an order that is not the order of their ids: two
 * analysed (one with an entity that is an actor's mention), one undated, one never analysed.
 */
function fixtures() {
  const { israel, russia } = eventFixtures();
  const { undated } = quoteFixtures();
  const plain = createArticle(
    {
      title: 'Harbour report',
      body: ['Ships came in.'],
      publishedAt: '2018-06-17',
      source: 'Harbor Gazette',
    },
    { location: 'a.txt', reader: 'text@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' },
  );
  const start = israel.text.indexOf('Netanyahu');
  const entity: EntityMention = { start, end: start + 'Netanyahu'.length, text: 'Netanyahu', type: 'PERSON' };
  const named: AnnotatedArticle = { ...israel, entities: [entity] };
  return { russia, plain, named, stored: [russia, plain, named, undated] };
}

/** Scans every page of the store, and the ids of each page. */
async function scanIds(store: Store, scan: Omit<ArticleScan, 'after'>): Promise<string[][]> {
  const pages: string[][] = [];
  let after: number | undefined;
  do {
    const page = await store.scanArticles({ ...scan, after });
    pages.push(page.articles.map((article) => article.id));
    after = page.next;
  } while (after !== undefined);
  return pages;
}

export function describeArticleScanContract(openStore: () => Store): void {
  describe('scanning articles for an export', () => {
    const { russia, plain, named, stored } = fixtures();
    let store: Store;
    beforeEach(async () => {
      store = openStore();
      for (const article of stored) await store.putArticles([article]);
    });

    it('reads every article in the order they were stored, a page at a time to the end', async () => {
      const ids = stored.map((article) => article.id);
      expect(ids).not.toEqual([...ids].sort());
      expect(await scanIds(store, { limit: 3 })).toEqual([ids.slice(0, 3), ids.slice(3)]);
    });

    it.each([
      [{ source: 'meridian WIRE' }, [russia]],
      [{ from: '2018-07-01' }, [russia]],
      [{ to: '2018-06-30' }, [plain, named]],
      [{ actor: 'IGO' }, [named]],
      [{ actor: 'RUS' }, [russia, named]],
      [{ from: '2018-06-17', to: '2018-06-17', source: 'Harbor Gazette', actor: 'ISRGOV' }, [named]],
    ])(
      'reads only the articles that match %j, as the article browser filters them',
      async (filter, expected) => {
        const pages = await scanIds(store, { ...filter, limit: 1 });
        expect(pages.flat()).toEqual(expected.map((article) => article.id));
      },
    );

    it('gives each article as listArticlesAfter does', async () => {
      const { articles } = await store.scanArticles({ limit: 10 });
      const byId = (a: AnnotatedArticle, b: AnnotatedArticle) => (a.id < b.id ? -1 : 1);
      expect([...articles].sort(byId)).toEqual(await store.listArticlesAfter(undefined, 10));
    });

    it("gives each article's JSON as toAnnotatedJson writes it, entities with their actors' ids", async () => {
      const { articles } = await store.scanArticles({ limit: 10 });
      const json = (await store.scanArticleJson({ limit: 10 })).articles.map((bytes) =>
        new TextDecoder().decode(bytes),
      );
      expect(json).toEqual(articles.map((article) => JSON.stringify(toAnnotatedJson(article))));
      expect(json.find((text) => text.includes(named.id))).toContain('"actorId":"actor-1"');
    });
  });
}
