import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../document/annotations.js';
import { type ArticleRecord, createArticle } from '../document/article.js';
import { createPipeline } from '../pipeline/create-pipeline.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import { duplicatesStage } from '../stages/duplicates/duplicates-stage.js';
import type { Store } from './store.js';

const origin = {
  location: 'test',
  reader: 'test@1',
  contentHash: 'x',
  retrievedAt: '2024-01-01T00:00:00.000Z',
};
const pipeline = createPipeline([duplicatesStage]);

/** Body paragraphs of a wire story about talks: 121 words, 118 distinct 4-word shingles. */
const WIRE_BODY = [
  'Negotiators from both governments met on Tuesday in a lakeside hotel outside the capital for a third round of talks on the disputed border.',
  'The delegations agreed to reopen two crossings for trucks carrying food and medicine, according to a joint statement read by a mediator.',
  'Farmers on either side have been unable to reach their fields since soldiers closed the roads in the spring.',
  'A spokesman for the foreign ministry said the next round would take up the return of prisoners held since the clashes.',
  'Opposition lawmakers criticised the agreement, saying it rewarded the other side without a commitment to withdraw troops.',
  'Aid groups welcomed the reopening and said convoys were ready to leave within days if the guarantees held.',
];
/** Another story on the same day, about the same border, in other words. */
const OTHER_BODY = [
  'Villagers near the frontier said on Wednesday that artillery fire had stopped for the first time in weeks, and some families returned to check on their homes.',
  'Shopkeepers in the market town reopened their stalls, though many said they did not trust the calm to last beyond the end of the month.',
  'Military officers on patrol told visiting reporters that engineers were clearing mines from a road leading to the river crossing.',
];

function analysed(overrides: Partial<ArticleRecord> = {}): AnnotatedArticle {
  const record = {
    title: 'Border talks reopen crossings',
    publishedAt: '2024-03-05',
    source: 'Harbor Gazette',
    body: WIRE_BODY,
  };
  return runPipeline(pipeline, createArticle({ ...record, ...overrides }, origin));
}

/** The wire story as a syndicating site runs it: its own headline and source, and a dateline. */
function syndicated(overrides: Partial<ArticleRecord> = {}): AnnotatedArticle {
  const [first = '', ...rest] = WIRE_BODY;
  return analysed({
    title: 'Crossings to reopen after border talks',
    source: 'Valley Tribune',
    body: [`GENEVA (Wire) - ${first}`, ...rest],
    ...overrides,
  });
}

/** A wire story and a syndicated copy of it (its body's Jaccard similarity 0.98), analysed for copies. */
export function copyFixtures(): { original: AnnotatedArticle; copy: AnnotatedArticle } {
  return { original: analysed(), copy: syndicated() };
}

/** The near-duplicate part of the Store contract (see `Store.putArticles` and `getArticle`). */
export function describeDuplicatesContract(openStore: () => Promise<Store>): void {
  describe('near-duplicates', () => {
    let store: Store;
    beforeEach(async () => {
      store = await openStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('marks a syndicated copy with a dateline as a copy of the earlier article, and lists it there', async () => {
      const original = analysed();
      const copy = syndicated();
      await store.putArticles([original]);
      await store.putArticles([copy]);
      const read = await store.getArticle(copy.id);
      expect(read?.copyOf?.id).toBe(original.id);
      // The dateline adds 2 words and 2 shingles to the 118: a Jaccard of 118/120 = 0.98, estimated.
      expect(read?.copyOf?.similarity).toBeGreaterThan(0.85);
      expect((await store.getArticle(original.id))?.copies).toEqual([
        read?.copyOf && { id: copy.id, similarity: read.copyOf.similarity },
      ]);
      expect((await store.getArticle(original.id))?.copyOf).toBeUndefined();
    });

    it('gives a similarity of 1 to a copy whose body is the same under another headline', async () => {
      const original = analysed();
      const copy = analysed({ title: 'Another headline', source: 'Valley Tribune' });
      await store.putArticles([original, copy]);
      expect((await store.getArticle(copy.id))?.copyOf).toEqual({ id: original.id, similarity: 1 });
    });

    it('does not mark another story about the same event as a copy', async () => {
      await store.putArticles([analysed()]);
      const other = analysed({ title: 'Calm returns to border villages', body: OTHER_BODY });
      await store.putArticles([other]);
      expect((await store.getArticle(other.id))?.copyOf).toBeUndefined();
    });

    it('keeps an article stored again unchanged as it was: not a copy of itself', async () => {
      const original = analysed();
      const copy = syndicated();
      await store.putArticles([original, copy]);
      const before = await store.getArticle(copy.id);
      await store.putArticles([copy, original]);
      await store.putArticles([original]);
      expect((await store.getArticle(original.id))?.copyOf).toBeUndefined();
      expect((await store.getArticle(copy.id))?.copyOf).toEqual(before?.copyOf);
    });

    it('marks a copy stored in the batch of its original, once when the batch repeats it', async () => {
      const original = analysed();
      const copy = syndicated();
      await store.putArticles([original, copy, copy, original]);
      expect((await store.getArticle(copy.id))?.copyOf?.id).toBe(original.id);
      expect((await store.getArticle(original.id))?.copyOf).toBeUndefined();
      expect((await store.getArticle(original.id))?.copies?.map((each) => each.id)).toEqual([copy.id]);
    });

    it('takes the article stored first as the original, whichever was written first', async () => {
      const original = analysed();
      const copy = syndicated();
      await store.putArticles([copy]);
      await store.putArticles([original]);
      expect((await store.getArticle(original.id))?.copyOf?.id).toBe(copy.id);
      expect((await store.getArticle(copy.id))?.copyOf).toBeUndefined();
    });

    it('points a copy at the new version of its original, and frees it when the new version differs', async () => {
      const original = analysed({ url: 'https://example.org/talks' });
      const copy = syndicated();
      await store.putArticles([original, copy]);
      const corrected = analysed({
        url: 'https://example.org/talks',
        title: 'Border talks reopen two crossings',
      });
      await store.putArticles([corrected]);
      expect((await store.getArticle(copy.id))?.copyOf?.id).toBe(corrected.id);
      const rewritten = analysed({ url: 'https://example.org/talks', body: OTHER_BODY });
      await store.putArticles([rewritten]);
      expect((await store.getArticle(copy.id))?.copyOf).toBeUndefined();
      expect((await store.getArticle(rewritten.id))?.copyOf).toBeUndefined();
    });

    it('marks an article stored without analysis once it is stored again analysed', async () => {
      const original = analysed();
      const copy = syndicated();
      const { stages: _stages, minhash: _minhash, ...plain } = copy;
      await store.putArticles([original, plain]);
      expect((await store.getArticle(copy.id))?.copyOf).toBeUndefined();
      await store.putArticles([copy]);
      expect((await store.getArticle(copy.id))?.copyOf?.id).toBe(original.id);
    });

    it('marks a copy analysed before its original, as workers may (both stored first without analysis)', async () => {
      const original = analysed();
      const copy = syndicated();
      const other = analysed({ title: 'Calm returns to border villages', body: OTHER_BODY });
      const plain = ({ stages: _stages, minhash: _minhash, ...rest }: AnnotatedArticle) => rest;
      await store.putArticles([plain(original), plain(copy), plain(other)]);
      await store.putArticles([copy]);
      await store.putArticles([other]);
      expect((await store.getArticle(copy.id))?.copyOf).toBeUndefined();
      await store.putArticles([original]);
      expect((await store.getArticle(copy.id))?.copyOf?.id).toBe(original.id);
      expect((await store.getArticle(original.id))?.copyOf).toBeUndefined();
      expect((await store.getArticle(other.id))?.copyOf).toBeUndefined();
    });

    it('stores articles with an empty or one-word body without a signature and without marking them', async () => {
      const empty = analysed({ title: 'Empty', body: [] });
      const word = analysed({ title: 'One word', body: ['Developing.'] });
      const again = analysed({ title: 'One word again', body: ['Developing.'] });
      await store.putArticles([empty, word, again]);
      expect(empty.minhash).toBe('');
      expect((await store.getArticle(again.id))?.copyOf).toBeUndefined();
    });

    it('leaves copies out of search and the article browser when asked', async () => {
      const original = analysed();
      const copy = syndicated();
      await store.putArticles([original, copy]);
      const found = async (copies?: 'include' | 'exclude') =>
        (await store.search({ text: 'crossings', ...(copies && { copies }) })).hits
          .map((hit) => hit.article.id)
          .sort();
      expect(await found()).toEqual([original.id, copy.id].sort());
      expect(await found('include')).toEqual([original.id, copy.id].sort());
      expect(await found('exclude')).toEqual([original.id]);
      const browsed = await store.browseArticles({ copies: 'exclude' });
      expect(browsed.articles.map((hit) => hit.article.id)).toEqual([original.id]);
      expect(browsed.total).toBe(1);
      expect((await store.browseArticles({ text: 'crossings', copies: 'exclude' })).total).toBe(1);
    });
  });
}
