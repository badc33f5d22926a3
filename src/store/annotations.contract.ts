import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../document/annotations.js';
import { articleFields, createArticle } from '../document/article.js';
import { copyFixtures } from './duplicates.contract.js';
import { eventFixtures, quoteFixtures, withEvents } from './store.contract.js';
import type { Store } from './store.js';

const origin = {
  location: 'test',
  reader: 'test@1',
  contentHash: 'x',
  retrievedAt: '2024-01-01T00:00:00.000Z',
};
const URL = 'https://example.org/talks';
const ACTORS = [
  { name: 'Netanyahu', code: 'ISRGOV', country: 'ISR', roles: ['GOV'] },
  { name: 'Ivanovsky', code: 'RUSMIL', country: 'RUS', roles: ['MIL'] },
];

/** A version of the article at URL (its key), whose one sentence is an event of Netanyahu's. */
function version(sentence: string, verb: string, code: string): AnnotatedArticle {
  return withEvents(
    createArticle(
      {
        title: 'Netanyahu and Ivanovsky',
        body: [sentence],
        publishedAt: '2018-06-17',
        source: 'Harbor Gazette',
        url: URL,
      },
      origin,
    ),
    ACTORS,
    [{ sentence, source: 'Netanyahu', verb, target: 'Ivanovsky', code, date: '2018-06-17' }],
  );
}

/**
 * Everything a store tells of its articles and what was derived from them; of aggregate events,
 * all but the id and the time each was made, in an order that does not depend on the id.
 */
async function contents(store: Store, ids: readonly string[]) {
  const aggregates = (await store.listAggregateEvents({})).events.map(
    ({ id: _id, dateAdded: _dateAdded, ...event }) => event,
  );
  return {
    articles: await Promise.all(ids.map((id) => store.getArticle(id))),
    events: await store.listEvents({}),
    actors: await store.listActors({}),
    quotes: await store.listQuotes({}),
    places: await store.listPlaces({}),
    aggregates: aggregates.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    stories: await store.listStories({}),
    search: await store.search({ text: 'Netanyahu' }),
  };
}

/** Writing the analysis of stored articles (see `Store.putAnnotations`), as workers do. */
export function describeAnnotationsContract(openStore: () => Promise<Store>): void {
  describe('writing the analysis of stored articles', () => {
    let store: Store;
    beforeEach(async () => {
      store = await openStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('annotates stored articles as putArticles does: layers, aggregates, stories and copies', async () => {
      const { israel, russia } = eventFixtures();
      const { undated } = quoteFixtures();
      const { original, copy } = copyFixtures();
      const analysed = [israel, russia, undated, original, copy];
      const ids = analysed.map((article) => article.id);
      const reference = await openStore();
      try {
        await reference.putArticles(analysed.map(articleFields));
        await reference.putArticles(analysed);
        await store.putArticles(analysed.map(articleFields));
        const outcomes = await store.putAnnotations(analysed);
        expect(outcomes).toEqual(ids.map((id) => ({ id, status: 'annotated' })));
        const written = await contents(store, ids);
        expect(written).toEqual(await contents(reference, ids));
        expect(written.events.total).toBeGreaterThan(0);
        expect(written.articles[4]?.copyOf?.id).toBe(original.id);
      } finally {
        await reference.close();
      }
    });

    it('leaves a new version and its annotations as they are, and reports the replaced id missing', async () => {
      const old = version('Netanyahu met Ivanovsky in Jerusalem.', 'met', '040');
      const current = version('Netanyahu praised Ivanovsky in Jerusalem.', 'praised', '051');
      expect(current.key).toBe(old.key);
      await store.putArticles([articleFields(old)]);
      // A worker read the old version; meanwhile ingest stored the new one, analysed by its own job.
      await store.putArticles([articleFields(current)]);
      await store.putAnnotations([current]);
      const before = await contents(store, [old.id, current.id]);
      expect(await store.putAnnotations([old])).toEqual([{ id: old.id, status: 'missing' }]);
      expect(await contents(store, [old.id, current.id])).toEqual(before);
      expect(await store.getArticle(old.id)).toBeUndefined();
      expect(await store.countArticles()).toBe(1);
      expect((await store.listEvents({})).events.map((stored) => stored.event.verb.text)).toEqual([
        'praised',
      ]);
    });

    it('does not bring back a replaced version not analysed yet', async () => {
      const old = version('Netanyahu met Ivanovsky in Jerusalem.', 'met', '040');
      const current = version('Netanyahu praised Ivanovsky in Jerusalem.', 'praised', '051');
      await store.putArticles([articleFields(old)]);
      await store.putArticles([articleFields(current)]);
      expect(await store.putAnnotations([old])).toEqual([{ id: old.id, status: 'missing' }]);
      expect(await store.getArticle(old.id)).toBeUndefined();
      expect((await store.getArticle(current.id))?.stages).toEqual([]);
      expect((await store.listEvents({})).total).toBe(0);
      expect(await store.listStories({})).toMatchObject({ total: 0 });
    });

    it('annotates the stored articles of a batch and reports the others missing, in order', async () => {
      const old = version('Netanyahu met Ivanovsky in Jerusalem.', 'met', '040');
      const current = version('Netanyahu praised Ivanovsky in Jerusalem.', 'praised', '051');
      const { russia } = eventFixtures();
      const { original: neverStored } = copyFixtures();
      await store.putArticles([articleFields(old), articleFields(russia)]);
      await store.putArticles([current]);
      const before = await store.getArticle(current.id);
      expect(await store.putAnnotations([old, russia, neverStored])).toEqual([
        { id: old.id, status: 'missing' },
        { id: russia.id, status: 'annotated' },
        { id: neverStored.id, status: 'missing' },
      ]);
      expect(await store.countArticles()).toBe(2);
      expect(await store.getArticle(current.id)).toEqual(before);
      expect(await store.getArticle(neverStored.id)).toBeUndefined();
      expect((await store.getArticle(russia.id))?.events).toEqual(russia.events);
      const verbs = (await store.listEvents({})).events.map((stored) => stored.event.verb.text).sort();
      expect(verbs).toEqual(['attacked', 'criticised', 'praised', 'praised']);
    });
  });
}
