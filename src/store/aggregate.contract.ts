import { beforeEach, describe, expect, it } from 'vitest';
import type { AnnotatedArticle, NewsEvent } from '../document/annotations.js';
import { createArticle } from '../document/article.js';
import { withEvents } from './store.contract.js';
import type { ImportedEvent, Store } from './store.js';

const origin = {
  location: 'test',
  reader: 'test@1',
  contentHash: 'x',
  retrievedAt: '2024-01-01T00:00:00.000Z',
};
const SENTENCE = 'Netanyahu met Ivanovsky in Jerusalem.';
const ACTORS = [
  { name: 'Netanyahu', code: 'ISRGOV', country: 'ISR', roles: ['GOV'] },
  { name: 'Ivanovsky', code: 'RUSMIL', country: 'RUS', roles: ['MIL'] },
];
const JERUSALEM = { text: 'Jerusalem', country: 'ISR', lat: 31.769, lon: 35.2163 };

interface Report {
  source: string;
  publishedAt: string;
  /** The events' codes and dates; each is "Netanyahu met Ivanovsky" of that sentence. */
  events: { code: string; date: string; inJerusalem?: boolean }[];
  tone?: number;
  url?: string;
  title?: string;
}

/** An article of `source` reporting meetings of Netanyahu and Ivanovsky, coded as given. */
function report(spec: Report): AnnotatedArticle {
  const article = withEvents(
    createArticle(
      {
        title: spec.title ?? `Netanyahu meets Ivanovsky, says ${spec.source}`,
        lede: '',
        body: [SENTENCE],
        publishedAt: spec.publishedAt,
        source: spec.source,
        ...(spec.url && { url: spec.url }),
      },
      origin,
    ),
    ACTORS,
    spec.events.map(({ code, date }) => ({
      sentence: SENTENCE,
      source: 'Netanyahu',
      verb: 'met',
      target: 'Ivanovsky',
      code,
      date,
    })),
  );
  const start = article.text.indexOf('Jerusalem');
  const events = (article.events ?? []).map(
    (event, index): NewsEvent =>
      spec.events[index]?.inJerusalem ? { ...event, place: { start, end: start + 9, ...JERUSALEM } } : event,
  );
  return {
    ...article,
    events,
    ...(spec.tone !== undefined && {
      tone: { score: spec.tone, positive: 0, negative: 0, polarity: 0, wordCount: 10 },
    }),
  };
}

/** A GDELT event as an import gives it. */
function gdelt(gdeltId: number, overrides: Partial<ImportedEvent> = {}): ImportedEvent {
  return {
    gdeltId,
    source: { code: 'USAGOV', name: 'UNITED STATES', country: 'USA', type1: 'GOV' },
    target: { code: 'IRN', name: 'IRAN', country: 'IRN' },
    isRootEvent: true,
    code: '0231',
    baseCode: '023',
    rootCode: '02',
    quadClass: 1,
    goldstein: 3.4,
    numMentions: 12,
    numSources: 3,
    numArticles: 10,
    tone: -2.5,
    firstSeen: '2018-06-17',
    lastSeen: '2018-06-17',
    dateAdded: '2018-06-17T10:15:00.000Z',
    place: {
      name: 'Tehran, Tehran, Iran',
      country: 'IR',
      lat: 35.75,
      lon: 51.5148,
      type: 4,
      adm1Code: 'IR26',
      featureId: '-3101395',
    },
    sourceUrl: 'https://example.com/story',
    ...overrides,
  };
}

/** Aggregate events and stories: part of the Store contract (see store.contract.ts). */
export function describeAggregateContract(openStore: () => Store): void {
  describe('aggregate events and stories', () => {
    let store: Store;
    beforeEach(() => {
      store = openStore();
    });
    const aggregates = async () => (await store.listAggregateEvents({ limit: 100 })).events;

    it('folds the same event reported by two sources into one, with its counts, dates and means', async () => {
      await store.putArticles([
        report({
          source: 'Harbor Gazette',
          publishedAt: '2018-06-15',
          events: [{ code: '042', date: '2018-06-15' }],
          tone: -2,
        }),
        report({
          source: 'Meridian Wire',
          publishedAt: '2018-06-16',
          events: [
            { code: '040', date: '2018-06-16' },
            { code: '040', date: '2018-06-16' },
          ],
          tone: 1,
        }),
      ]);
      const [event, ...rest] = await aggregates();
      expect(rest).toEqual([]);
      expect(event).toMatchObject({
        origin: 'newsgraph',
        source: { code: 'ISRGOV', name: 'Netanyahu', country: 'ISR' },
        target: { code: 'RUSMIL', name: 'Ivanovsky', country: 'RUS' },
        code: '040',
        baseCode: '040',
        rootCode: '04',
        quadClass: 1,
        goldstein: 3,
        numMentions: 3,
        numArticles: 2,
        numSources: 2,
        tone: -0.5,
        firstSeen: '2018-06-15',
        lastSeen: '2018-06-16',
        place: null,
      });
      expect(event?.mentions.map((mention) => mention.eventIndex)).toEqual([0, 0, 1]);
      expect(event?.articleIds).toHaveLength(2);
    });

    it('chains dates at most two days apart, and joins two events when a mention between them arrives', async () => {
      const first = report({
        source: 'A',
        publishedAt: '2018-06-15',
        events: [{ code: '040', date: '2018-06-15' }],
      });
      const third = report({
        source: 'C',
        publishedAt: '2018-06-18',
        events: [{ code: '040', date: '2018-06-18' }],
      });
      await store.putArticles([first, third]);
      expect((await aggregates()).map((event) => event.numMentions)).toEqual([1, 1]);
      const before = await aggregates();
      await store.putArticles([
        report({ source: 'B', publishedAt: '2018-06-17', events: [{ code: '040', date: '2018-06-17' }] }),
      ]);
      const after = await aggregates();
      expect(after.map((event) => [event.firstSeen, event.lastSeen, event.numMentions])).toEqual([
        ['2018-06-15', '2018-06-18', 3],
      ]);
      expect(before.map((event) => event.id)).toContain(after[0]?.id);
    });

    it('keeps apart other roots, other places, and events with a place from those without', async () => {
      await store.putArticles([
        report({
          source: 'A',
          publishedAt: '2018-06-15',
          events: [
            { code: '040', date: '2018-06-15' },
            { code: '190', date: '2018-06-15' },
            { code: '040', date: '2018-06-15', inJerusalem: true },
            { code: '043', date: '2018-06-15', inJerusalem: true },
          ],
        }),
      ]);
      const events = await aggregates();
      expect(
        events.map((event) => [event.rootCode, event.place?.name ?? null, event.numMentions]).sort(),
      ).toEqual([
        ['04', null, 1],
        ['04', 'Jerusalem', 2],
        ['19', null, 1],
      ]);
      expect(events.find((event) => event.place)?.place).toEqual({
        name: 'Jerusalem',
        country: 'ISR',
        lat: 31.769,
        lon: 35.2163,
      });
    });

    it('folds undated events of one kind together, after the dated ones', async () => {
      await store.putArticles([
        report({ source: 'A', publishedAt: '', events: [{ code: '040', date: '' }] }),
        report({ source: 'B', publishedAt: '', events: [{ code: '040', date: '' }] }),
        report({ source: 'C', publishedAt: '2018-06-15', events: [{ code: '040', date: '2018-06-15' }] }),
      ]);
      expect((await aggregates()).map((event) => [event.firstSeen, event.numMentions])).toEqual([
        ['2018-06-15', 1],
        [null, 2],
      ]);
    });

    it('counts an article stored again once', async () => {
      const article = report({
        source: 'A',
        publishedAt: '2018-06-15',
        events: [{ code: '040', date: '2018-06-15' }],
      });
      await store.putArticles([article, article]);
      await store.putArticles([article]);
      expect((await aggregates()).map((event) => [event.numMentions, event.numArticles])).toEqual([[1, 1]]);
    });

    it('leaves an event that analysing its article again does not change as it was, its date added too', async () => {
      const article = report({
        source: 'A',
        publishedAt: '2018-06-15',
        events: [{ code: '040', date: '2018-06-15' }],
      });
      await store.putArticles([article]);
      const before = await aggregates();
      await new Promise((resolve) => setTimeout(resolve, 5));
      await store.putAnnotations([article]);
      expect(await aggregates()).toEqual(before);
      const moved = report({
        source: 'A',
        publishedAt: '2018-06-15',
        events: [{ code: '040', date: '2018-06-14' }],
      });
      await store.putAnnotations([{ ...moved, id: article.id }]);
      const after = await aggregates();
      expect(after.map((event) => [event.id, event.firstSeen])).toEqual([[before[0]?.id, '2018-06-14']]);
      expect((after[0]?.dateAdded ?? '') > (before[0]?.dateAdded ?? '')).toBe(true);
    });

    it('moves the mentions of an article whose new version has another date', async () => {
      const url = 'https://example.com/meeting';
      await store.putArticles([
        report({
          source: 'A',
          publishedAt: '2018-06-15',
          url,
          events: [{ code: '040', date: '2018-06-15' }],
        }),
        report({ source: 'B', publishedAt: '2018-06-15', events: [{ code: '040', date: '2018-06-15' }] }),
      ]);
      const moved = report({
        source: 'A',
        publishedAt: '2018-07-01',
        url,
        events: [{ code: '040', date: '2018-07-01' }],
      });
      expect(await store.putArticles([moved])).toEqual([{ id: moved.id, status: 'updated' }]);
      expect(
        (await aggregates()).map((event) => [event.firstSeen, event.numMentions, event.articleIds]),
      ).toEqual([
        ['2018-07-01', 1, [moved.id]],
        ['2018-06-15', 1, [expect.any(String)]],
      ]);
    });

    it.each(['A', 'B'])(
      'gives an event split by the re-analysis of source %s two distinct ids, one of them the old one',
      async (mover) => {
        const original = (source: string, date: string) =>
          report({ source, publishedAt: '2018-06-15', events: [{ code: '040', date }] });
        await store.putArticles([original('A', '2018-06-15'), original('B', '2018-06-15')]);
        const [before] = await aggregates();
        // The same article analysed again, its event now dated two weeks later.
        expect(await store.putArticles([original(mover, '2018-07-01')])).toMatchObject([
          { status: 'duplicate' },
        ]);
        const events = await aggregates();
        expect(events.map((event) => [event.firstSeen, event.numMentions])).toEqual([
          ['2018-07-01', 1],
          ['2018-06-15', 1],
        ]);
        expect(new Set(events.map((event) => event.id)).size).toBe(2);
        expect(events.map((event) => event.id)).toContain(before?.id);
      },
    );

    it('keeps the counts right when two batches arrive at once', async () => {
      const articles = ['A', 'B', 'C', 'D'].map((source) =>
        report({ source, publishedAt: '2018-06-15', events: [{ code: '040', date: '2018-06-15' }] }),
      );
      await Promise.all(articles.map((article) => store.putArticles([article])));
      expect((await aggregates()).map((event) => [event.numMentions, event.numSources])).toEqual([[4, 4]]);
    });

    it('counts 10,000 mentions of one event as one event', async () => {
      const article = report({
        source: 'A',
        publishedAt: '2018-06-15',
        events: Array.from({ length: 10_000 }, () => ({ code: '040', date: '2018-06-15' })),
      });
      await store.putArticles([article]);
      const [event, ...rest] = await aggregates();
      expect(rest).toEqual([]);
      expect([event?.numMentions, event?.numArticles, event?.mentions.at(-1)?.eventIndex]).toEqual([
        10_000, 1, 9_999,
      ]);
    });

    it('filters aggregate events by actor, root, dates they span, and origin', async () => {
      await store.putArticles([
        report({
          source: 'A',
          publishedAt: '2018-06-15',
          events: [
            { code: '040', date: '2018-06-14' },
            { code: '040', date: '2018-06-16' },
            { code: '190', date: '2018-06-15' },
          ],
        }),
      ]);
      await store.putImportedEvents([gdelt(1)]);
      const roots = async (query: Parameters<Store['listAggregateEvents']>[0]) =>
        (await store.listAggregateEvents(query)).events
          .map((event) => `${event.origin}:${event.rootCode}`)
          .sort();
      expect(await roots({})).toEqual(['gdelt:02', 'newsgraph:04', 'newsgraph:19']);
      expect(await roots({ origin: 'gdelt' })).toEqual(['gdelt:02']);
      expect(await roots({ actor: 'RUS' })).toEqual(['newsgraph:04', 'newsgraph:19']);
      expect(await roots({ actor: 'USAGOV', country: 'IRN' })).toEqual(['gdelt:02']);
      expect(await roots({ root: '19' })).toEqual(['newsgraph:19']);
      expect(await roots({ quad: 4 })).toEqual(['newsgraph:19']);
      expect(await roots({ from: '2018-06-16', to: '2018-06-16' })).toEqual(['newsgraph:04']);
      expect(await roots({ to: '2018-06-13' })).toEqual([]);
      expect((await store.listAggregateEvents({ origin: 'newsgraph', limit: 1 })).total).toBe(2);
    });

    it('scans the aggregate events in id order from where the page before ended, with the filters of the list', async () => {
      await store.putArticles([
        report({
          source: 'A',
          publishedAt: '2018-06-15',
          events: [
            { code: '040', date: '2018-06-14' },
            { code: '190', date: '2018-06-15' },
            { code: '111', date: '2018-06-15' },
          ],
        }),
      ]);
      await store.putImportedEvents([gdelt(1), gdelt(2)]);
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
      const listed = async (query: Parameters<Store['listAggregateEvents']>[0]) =>
        (await store.listAggregateEvents({ ...query, limit: 100 })).events.sort(byId);
      const all = await listed({});
      expect(all).toHaveLength(5);
      const first = await store.scanAggregateEvents({ limit: 3 });
      expect(first).toEqual(all.slice(0, 3));
      expect(await store.scanAggregateEvents({ after: first.at(-1)?.id, limit: 3 })).toEqual(all.slice(3));
      expect(await store.scanAggregateEvents({ actor: 'RUS', limit: 10 })).toEqual(
        await listed({ actor: 'RUS' }),
      );
      expect(await store.scanAggregateEvents({ origin: 'gdelt', after: 'gdelt-1', limit: 10 })).toEqual(
        await listed({ origin: 'gdelt' }).then((events) => events.slice(1)),
      );
    });

    it('stores an imported GDELT event once per GlobalEventID, as given', async () => {
      expect(await store.putImportedEvents([gdelt(7), gdelt(8)])).toBe(2);
      await store.putImportedEvents([gdelt(7, { numMentions: 20 })]);
      const events = (await store.listAggregateEvents({ origin: 'gdelt' })).events.sort((a, b) =>
        a.id.localeCompare(b.id),
      );
      expect(events.map((event) => [event.id, event.gdeltId, event.numMentions])).toEqual([
        ['gdelt-7', 7, 20],
        ['gdelt-8', 8, 12],
      ]);
      expect(events[1]).toEqual({
        ...gdelt(8),
        id: 'gdelt-8',
        origin: 'gdelt',
        mentions: [],
        articleIds: [],
      });
    });

    describe('stories', () => {
      const meeting = (source: string, publishedAt: string) =>
        report({
          source,
          publishedAt,
          title: `${source}: leaders meet`,
          events: [{ code: '040', date: publishedAt }],
        });
      const unrelated = withEvents(
        createArticle(
          {
            title: 'Putin praises Merkel',
            lede: '',
            body: ['Putin praised Merkel.'],
            publishedAt: '2018-06-15',
            source: 'Meridian Wire',
          },
          origin,
        ),
        [
          { name: 'Putin', code: 'RUSGOV', country: 'RUS', roles: ['GOV'] },
          { name: 'Merkel', code: 'DEUGOV', country: 'DEU', roles: ['GOV'] },
        ],
        [
          {
            sentence: 'Putin praised Merkel.',
            source: 'Putin',
            verb: 'praised',
            target: 'Merkel',
            code: '051',
            date: '2018-06-15',
          },
        ],
      );

      it('groups articles about one happening within the window, and no others', async () => {
        const first = meeting('A', '2018-06-15');
        const second = meeting('B', '2018-06-16');
        const later = meeting('C', '2018-06-25');
        await store.putArticles([first, second, unrelated, later]);
        const { stories, total } = await store.listStories({});
        expect(total).toBe(3);
        expect(
          stories.map((story) => [story.title, story.articles, story.firstSeen, story.lastSeen]),
        ).toEqual([
          ['C: leaders meet', 1, '2018-06-25', '2018-06-25'],
          ['A: leaders meet', 2, '2018-06-15', '2018-06-16'],
          ['Putin praises Merkel', 1, '2018-06-15', '2018-06-15'],
        ]);
        expect(stories[1]?.id).toBe(first.id);
        expect(stories[1]?.actors).toEqual([
          { value: 'ISRGOV', count: 2 },
          { value: 'RUSMIL', count: 2 },
        ]);
        expect((await store.getArticleStory(second.id))?.id).toBe(first.id);
        expect((await store.getStory(first.id))?.articles.map((article) => article.id)).toEqual([
          first.id,
          second.id,
        ]);
        expect((await store.listStories({ minArticles: 2 })).total).toBe(1);
      });

      it('titles a story after its earliest article, whatever the order they arrive in', async () => {
        const first = meeting('A', '2018-06-15');
        const second = meeting('B', '2018-06-16');
        await store.putArticles([second]);
        await store.putArticles([first]);
        const story = await store.getArticleStory(first.id);
        expect([story?.id, story?.title, story?.articles]).toEqual([second.id, 'A: leaders meet', 2]);
      });

      it('keeps one membership when an article is stored again, and none for an unknown story', async () => {
        const first = meeting('A', '2018-06-15');
        await store.putArticles([first, meeting('B', '2018-06-15')]);
        await store.putArticles([first]);
        expect((await store.listStories({})).stories.map((story) => story.articles)).toEqual([2]);
        expect(await store.getStory('no-such-story')).toBeUndefined();
        expect(await store.getArticleStory('0000000000')).toBeUndefined();
      });

      it('gives an undated article a story of its own', async () => {
        await store.putArticles([meeting('A', ''), meeting('B', '')]);
        expect(
          (await store.listStories({})).stories.map((story) => [story.articles, story.lastSeen]),
        ).toEqual([
          [1, null],
          [1, null],
        ]);
      });
    });
  });
}
