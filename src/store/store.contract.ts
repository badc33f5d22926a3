import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../document/annotations.js';
import { type ArticleRecord, createArticle } from '../document/article.js';
import type { Store } from './store.js';

const origin = {
  location: 'test',
  reader: 'test@1',
  contentHash: 'x',
  retrievedAt: '2024-01-01T00:00:00.000Z',
};

function article(overrides: Partial<ArticleRecord> = {}) {
  return createArticle(
    {
      title: 'Israel and Russia agree to strengthen coordination',
      lede: 'Leaders spoke by phone on Friday.',
      body: ['The talks centred on Syria.', 'Both sides voiced readiness to cooperate.'],
      publishedAt: '2018-06-17',
      source: 'Harbor Gazette',
      ...overrides,
    },
    origin,
  );
}

/**
 * The behaviour every Store must have. Each implementation's test file calls this with a
 * function that opens a fresh, empty store.
 */
export function describeStoreContract(name: string, openStore: () => Promise<Store>): void {
  describe(`${name} (Store contract)`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('gives back a stored article with the same text, spans and record', async () => {
      const stored = article({ image: 'a.jpg', url: '', authors: ['Dana Levi'], language: 'en' });
      await store.putArticles([stored]);
      const read = await store.getArticle(stored.id);
      expect(read).toMatchObject({
        id: stored.id,
        title: stored.title,
        lede: stored.lede,
        text: stored.text,
        paragraphs: stored.paragraphs,
        image: 'a.jpg',
        authors: ['Dana Levi'],
        publishedAt: '2018-06-17',
        source: 'Harbor Gazette',
        origin,
      });
    });

    it('keeps text outside the Basic Multilingual Plane intact', async () => {
      const stored = article({ title: 'Zürich talks 🇨🇭 end', body: ['Delegates from Zürich 🙂 left.'] });
      await store.putArticles([stored]);
      const read = await store.getArticle(stored.id);
      expect(read?.text).toBe(stored.text);
      expect(read?.paragraphs).toEqual(stored.paragraphs);
    });

    it('stores the same article twice as one', async () => {
      const first = await store.putArticles([article()]);
      const second = await store.putArticles([article()]);
      expect(first.map((outcome) => outcome.status)).toEqual(['added']);
      expect(second.map((outcome) => outcome.status)).toEqual(['duplicate']);
      expect(await store.countArticles()).toBe(1);
    });

    it('replaces a stored article with its changed version', async () => {
      const original = article();
      const corrected = article({ body: ['The talks centred on southern Syria.'] });
      await store.putArticles([original]);
      const outcome = await store.putArticles([corrected]);
      expect(outcome).toEqual([{ id: corrected.id, status: 'updated' }]);
      expect(await store.countArticles()).toBe(1);
      expect(await store.getArticle(original.id)).toBeUndefined();
      expect((await store.getArticle(corrected.id))?.text).toContain('southern Syria');
      const found = await store.search({ text: 'southern' });
      expect(found.hits.map((hit) => hit.article.id)).toEqual([corrected.id]);
      expect((await store.search({ text: 'readiness' })).total).toBe(0);
    });

    it('treats the same URL as the same article', async () => {
      await store.putArticles([article({ url: 'https://example.com/a' })]);
      const outcome = await store.putArticles([
        article({ url: 'https://example.com/a', title: 'A new headline' }),
      ]);
      expect(outcome[0]?.status).toBe('updated');
      expect(await store.countArticles()).toBe(1);
    });

    it('reports each article of a batch in order', async () => {
      const a = article({ title: 'First' });
      const b = article({ title: 'Second' });
      const outcomes = await store.putArticles([a, b, a]);
      expect(outcomes).toEqual([
        { id: a.id, status: 'added' },
        { id: b.id, status: 'added' },
        { id: a.id, status: 'duplicate' },
      ]);
    });

    it('finds an article by an unambiguous prefix of its id', async () => {
      const stored = article();
      await store.putArticles([stored]);
      expect((await store.getArticle(stored.id.slice(0, 6)))?.id).toBe(stored.id);
      expect((await store.getArticle(stored.id.toUpperCase()))?.id).toBe(stored.id);
      expect(await store.getArticle('ffffffff00000000')).toBeUndefined();
      await expect(store.getArticle('ab')).rejects.toThrow(/too short/);
    });

    it('refuses a prefix shared by two articles', async () => {
      const byPrefix = new Map<string, ReturnType<typeof article>>();
      let pair: ReturnType<typeof article>[] = [];
      for (let index = 0; pair.length === 0; index++) {
        const candidate = article({ title: `Story ${index}` });
        const twin = byPrefix.get(candidate.id.slice(0, 4));
        if (twin) pair = [twin, candidate];
        byPrefix.set(candidate.id.slice(0, 4), candidate);
      }
      await store.putArticles(pair);
      await expect(store.getArticle(pair[0]?.id.slice(0, 4) ?? '')).rejects.toThrow(/more than one/);
      expect((await store.getArticle(pair[0]?.id ?? ''))?.id).toBe(pair[0]?.id);
    });

    it('ranks a title match above a body match', async () => {
      const inTitle = article({ title: 'Sanctions on steel exports', body: ['Officials met.'] });
      const inBody = article({ title: 'Officials meet', body: ['They discussed sanctions briefly.'] });
      await store.putArticles([inBody, inTitle]);
      const result = await store.search({ text: 'sanctions' });
      expect(result.total).toBe(2);
      expect(result.hits.map((hit) => hit.article.id)).toEqual([inTitle.id, inBody.id]);
      expect(result.hits[0]?.score).toBeGreaterThan(result.hits[1]?.score ?? Number.POSITIVE_INFINITY);
    });

    it('highlights the matched words in the snippet', async () => {
      await store.putArticles([article()]);
      const [hit] = (await store.search({ text: 'readiness' })).hits;
      expect(hit?.highlights.length).toBeGreaterThan(0);
      for (const span of hit?.highlights ?? []) {
        expect(hit?.snippet.slice(span.start, span.end).toLowerCase()).toBe('readiness');
      }
    });

    it('gives each hit the snippet of its own article', async () => {
      const words = ['anchovy', 'barnacle', 'cormorant', 'dredger'];
      await store.putArticles(
        words.map((word) => article({ title: `Harbour ${word}`, body: [`The ${word} left the harbour.`] })),
      );
      const { hits } = await store.search({ text: 'harbour' });
      expect(hits).toHaveLength(4);
      for (const hit of hits) {
        const word = hit.article.title.split(' ')[1] ?? '';
        expect(hit.snippet).toContain(word);
      }
    });

    it('matches word forms, accents and phrases', async () => {
      await store.putArticles([article({ body: ['Delegates in Zürich were negotiating a ceasefire.'] })]);
      expect((await store.search({ text: 'negotiate' })).total).toBe(1);
      expect((await store.search({ text: 'zurich' })).total).toBe(1);
      expect((await store.search({ text: '"negotiating a ceasefire"' })).total).toBe(1);
      expect((await store.search({ text: '"ceasefire negotiating"' })).total).toBe(0);
      expect((await store.search({ text: 'ceasefire -zurich' })).total).toBe(0);
      expect((await store.search({ text: 'ceasef*' })).total).toBe(1);
    });

    it.each([
      ['"U.S.'],
      ['AND OR NOT ('],
      ['title:Syria'],
      ["Russia's"],
      ['NEAR(a b)'],
      ["'; DROP TABLE articles; --"],
    ])('treats %s as words, never as query syntax', async (text) => {
      await store.putArticles([article()]);
      await expect(store.search({ text })).resolves.toBeDefined();
      expect(await store.countArticles()).toBe(1);
    });

    it('rejects a search with no word in it', async () => {
      await expect(store.search({ text: '  --- ' })).rejects.toThrow(/no word/);
      await expect(store.search({ text: '-syria' })).rejects.toThrow(/no word/);
    });

    it('filters by an inclusive date range and by source', async () => {
      const june = article({ title: 'Syria talks in June', publishedAt: '2018-06-30' });
      const july = article({
        title: 'Syria talks in July',
        publishedAt: '2018-07-01T09:30:00Z',
        source: 'Meridian Wire',
      });
      await store.putArticles([june, july]);
      const ids = async (query: object) =>
        (await store.search({ text: 'syria', ...query })).hits.map((hit) => hit.article.id).sort();
      expect(await ids({ to: '2018-06-30' })).toEqual([june.id]);
      expect(await ids({ from: '2018-07-01' })).toEqual([july.id]);
      expect(await ids({ from: '2018-06-30', to: '2018-07-01' })).toEqual([june.id, july.id].sort());
      expect(await ids({ source: 'meridian wire' })).toEqual([july.id]);
    });

    it('pages through results and counts them all', async () => {
      await store.putArticles(
        Array.from({ length: 7 }, (_, index) => article({ title: `Syria report ${index}` })),
      );
      const first = await store.search({ text: 'syria', limit: 5 });
      const second = await store.search({ text: 'syria', limit: 5, offset: 5 });
      expect(first.total).toBe(7);
      expect(first.ranked).toBe(7);
      expect(first.hits).toHaveLength(5);
      expect(second.hits).toHaveLength(2);
      const all = [...first.hits, ...second.hits].map((hit) => hit.article.id);
      expect(new Set(all).size).toBe(7);
    });

    it('keeps the annotations of an analysed article', async () => {
      const analysed: AnnotatedArticle = {
        ...article(),
        sentences: [{ start: 0, end: 10 }],
        stages: [{ name: 'sentences', version: '1.0.0', status: 'ok', ms: 1 }],
      };
      await store.putArticles([analysed]);
      const read = await store.getArticle(analysed.id);
      expect(read?.sentences).toEqual([{ start: 0, end: 10 }]);
      expect(read?.stages).toEqual(analysed.stages);
    });

    it('adds annotations to an article stored before it was analysed', async () => {
      const plain = article();
      await store.putArticles([plain]);
      await store.putArticles([{ ...plain, sentences: [{ start: 0, end: 5 }], stages: [] }]);
      expect((await store.getArticle(plain.id))?.sentences).toEqual([{ start: 0, end: 5 }]);
    });
  });
}
