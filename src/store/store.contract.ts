import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Actor,
  AnnotatedArticle,
  EventParticipant,
  NewsEvent,
  Place,
  Quote,
  Tone,
} from '../document/annotations.js';
import { type Article, type ArticleRecord, createArticle } from '../document/article.js';
import type { Span } from '../document/span.js';
import { describeAggregateContract } from './aggregate.contract.js';
import { describeAnnotationsContract } from './annotations.contract.js';
import { describeArticleScanContract } from './article-scan.contract.js';
import { describeDuplicatesContract } from './duplicates.contract.js';
import type { ArticleQuery, EventQuery, QuoteQuery, Store } from './store.js';

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

/** An actor of a hand-made fixture: its mentions are every place its name occurs in the text. */
export type FixtureActor = Pick<Actor, 'name' | 'code' | 'country' | 'roles'>;

/** An event of a hand-made fixture: a sentence of the text and words of it; `date` may be empty. */
export interface FixtureEvent {
  sentence: string;
  source: string;
  verb: string;
  target: string;
  code: string;
  date: string;
}

/**
 * The article annotated with these actors and events, every span found in its text (a fixture
 * whose words are not in the text throws). A side whose words are an actor's name is that actor.
 */
export function withEvents(
  article: Article,
  actors: readonly FixtureActor[],
  events: readonly FixtureEvent[],
): AnnotatedArticle {
  const { text } = article;
  const find = (words: string, within: Span = { start: 0, end: text.length }): Span => {
    const start = text.indexOf(words, within.start);
    if (start < 0 || start + words.length > within.end)
      throw new Error(`fixture: "${words}" is not in the text`);
    return { start, end: start + words.length };
  };
  const annotatedActors: Actor[] = actors.map((actor, index) => {
    const mentions: Span[] = [];
    for (let at = text.indexOf(actor.name); at >= 0; at = text.indexOf(actor.name, at + 1)) {
      mentions.push({ start: at, end: at + actor.name.length });
    }
    if (mentions.length === 0) throw new Error(`fixture: actor "${actor.name}" is not in the text`);
    return { id: `actor-${index + 1}`, ...actor, mentions };
  });
  const annotatedEvents = events.map((spec, index): NewsEvent => {
    const sentence = find(spec.sentence);
    const side = (words: string): EventParticipant => {
      const actor = annotatedActors.find((candidate) => candidate.name === words);
      return { ...find(words, sentence), text: words, actorId: actor?.id ?? null, code: actor?.code ?? null };
    };
    const root = Number(spec.code.slice(0, 2));
    return {
      id: `event-${index + 1}`,
      source: side(spec.source),
      target: side(spec.target),
      code: spec.code,
      rootCode: spec.code.slice(0, 2),
      quadClass: root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4,
      goldstein: root <= 9 ? 3 : -5,
      verb: { ...find(spec.verb, sentence), text: spec.verb },
      sentence,
      negated: false,
      hypothetical: false,
      date: spec.date,
      confidence: 0.8,
    };
  });
  return {
    ...article,
    sentences: events.map((spec) => find(spec.sentence)),
    actors: annotatedActors,
    events: annotatedEvents,
    stages: [{ name: 'events', version: 'fixture', status: 'ok', ms: 0 }],
  };
}

/** Two analysed articles from two sources, with coded, international and uncoded actors. */
export function eventFixtures(overrides: { israel?: Partial<ArticleRecord> } = {}) {
  const israel = withEvents(
    article({
      body: [
        'Netanyahu met Ivanovsky in Jerusalem on Friday.',
        'Netanyahu demanded that Iran withdraw from Syria.',
        'The United Nations urged Iran to show restraint.',
        'Dana Levi reported from Jerusalem.',
      ],
      ...overrides.israel,
    }),
    [
      { name: 'Netanyahu', code: 'ISRGOV', country: 'ISR', roles: ['GOV'] },
      { name: 'Ivanovsky', code: 'RUSMIL', country: 'RUS', roles: ['MIL'] },
      { name: 'Iran', code: 'IRN', country: 'IRN', roles: [] },
      { name: 'United Nations', code: 'IGOUNO', country: null, roles: ['IGO'] },
      { name: 'Dana Levi', code: null, country: null, roles: [] },
    ],
    [
      {
        sentence: 'Netanyahu met Ivanovsky in Jerusalem on Friday.',
        source: 'Netanyahu',
        verb: 'met',
        target: 'Ivanovsky',
        code: '040',
        date: '2018-06-15',
      },
      {
        sentence: 'Netanyahu demanded that Iran withdraw from Syria.',
        source: 'Netanyahu',
        verb: 'demanded',
        target: 'Iran',
        code: '106',
        date: '2018-06-17',
      },
      {
        sentence: 'The United Nations urged Iran to show restraint.',
        source: 'United Nations',
        verb: 'urged',
        target: 'Iran',
        code: '020',
        date: '2018-06-17',
      },
    ],
  );
  const russia = withEvents(
    article({
      title: 'Russian forces strike near Daraa',
      lede: '',
      body: [
        'Russian forces attacked rebels near Daraa.',
        'Putin praised Netanyahu.',
        'Dána Levi criticised Putin.',
      ],
      publishedAt: '2018-07-02',
      source: 'Meridian Wire',
    }),
    [
      { name: 'Russian forces', code: 'RUSMIL', country: 'RUS', roles: ['MIL'] },
      { name: 'rebels', code: 'SYRREB', country: 'SYR', roles: ['REB'] },
      { name: 'Putin', code: 'RUSGOV', country: 'RUS', roles: ['GOV'] },
      { name: 'Netanyahu', code: 'ISRGOV', country: 'ISR', roles: ['GOV'] },
      { name: 'Dána Levi', code: null, country: null, roles: [] },
    ],
    [
      {
        sentence: 'Russian forces attacked rebels near Daraa.',
        source: 'Russian forces',
        verb: 'attacked',
        target: 'rebels',
        code: '190',
        date: '2018-07-01',
      },
      {
        sentence: 'Putin praised Netanyahu.',
        source: 'Putin',
        verb: 'praised',
        target: 'Netanyahu',
        code: '051',
        date: '',
      },
      {
        sentence: 'Dána Levi criticised Putin.',
        source: 'Dána Levi',
        verb: 'criticised',
        target: 'Putin',
        code: '111',
        date: '2018-07-02',
      },
    ],
  );
  return { israel, russia };
}

/** A quote of a hand-made fixture: words of the text, found in the paragraph that holds `text`. */
export interface FixtureQuote {
  text: string;
  direct: boolean;
  cue?: string;
  /** The speaker's words; they are the actor of that name, or the actor `actor` names ("He"). */
  speaker?: string;
  actor?: string;
}

/** A place of a hand-made fixture: its mentions are every place its name occurs in the text. */
export type FixturePlace = Omit<Place, 'mentions'>;

/**
 * The analysed article with these quotes, places and tone added, every span found in its text
 * (a fixture whose words are not in the text throws).
 */
export function withQuotes(
  article: AnnotatedArticle,
  quotes: readonly FixtureQuote[],
  places: readonly FixturePlace[],
  tone: Tone,
): AnnotatedArticle {
  const { text } = article;
  const find = (words: string, within: Span): Span => {
    const start = text.indexOf(words, within.start);
    if (start < 0 || start + words.length > within.end)
      throw new Error(`fixture: "${words}" is not in the text`);
    return { start, end: start + words.length };
  };
  const actorNamed = (name: string) => article.actors?.find((actor) => actor.name === name);
  const annotatedQuotes = quotes.map((spec): Quote => {
    const span = find(spec.text, { start: 0, end: text.length });
    const paragraph = article.paragraphs.find((candidate) => candidate.end >= span.end) ?? span;
    const quote: Quote = { ...span, text: spec.text, direct: spec.direct };
    if (spec.cue) quote.cue = { ...find(spec.cue, paragraph), text: spec.cue };
    if (spec.speaker) {
      const actor = actorNamed(spec.actor ?? spec.speaker);
      quote.speaker = { ...find(spec.speaker, paragraph), text: spec.speaker, actorId: actor?.id ?? null };
    }
    return quote;
  });
  const annotatedPlaces = places.map((place): Place => {
    const mentions: Span[] = [];
    for (let at = text.indexOf(place.name); at >= 0; at = text.indexOf(place.name, at + 1)) {
      mentions.push({ start: at, end: at + place.name.length });
    }
    if (mentions.length === 0) throw new Error(`fixture: place "${place.name}" is not in the text`);
    return { ...place, mentions };
  });
  return {
    ...article,
    quotes: annotatedQuotes,
    places: annotatedPlaces,
    tone,
    stages: [...article.stages, { name: 'quotes', version: 'fixture', status: 'ok', ms: 0 }],
  };
}

const SYRIA = { name: 'Syria', country: 'SYR', lat: 35, lon: 38, featureClass: 'A', geonameId: 163843 };
const DARAA = { name: 'Daraa', country: 'SYR', lat: 32.6189, lon: 36.1021, featureClass: 'P' };

/**
 * Three analysed articles with quotes (direct, indirect, in a headline, by a pronoun, by a
 * description, without a speaker), places (with and without a GeoNames id, two Georgias) and
 * tone: one from each of two sources, and one undated.
 */
export function quoteFixtures() {
  const israel = withQuotes(
    withEvents(
      article({
        title: 'Netanyahu: Iran needs to withdraw from all of Syria',
        lede: 'The prime minister spoke in Jerusalem on Sunday.',
        body: [
          '"We will act against any threat," Netanyahu said.',
          'He told Putin that Iran must leave Syria.',
          'A senior official said the talks in Jerusalem went well.',
          '"Both sides voiced readiness," the Kremlin said.',
        ],
      }),
      [
        { name: 'Netanyahu', code: 'ISRGOV', country: 'ISR', roles: ['GOV'] },
        { name: 'Putin', code: 'RUSGOV', country: 'RUS', roles: ['GOV'] },
        { name: 'Kremlin', code: 'RUSGOV', country: 'RUS', roles: ['GOV'] },
        { name: 'Iran', code: 'IRN', country: 'IRN', roles: [] },
      ],
      [],
    ),
    [
      { text: 'Iran needs to withdraw from all of Syria', direct: true, cue: ':', speaker: 'Netanyahu' },
      { text: 'We will act against any threat', direct: true, cue: 'said', speaker: 'Netanyahu' },
      { text: 'Iran must leave Syria', direct: false, cue: 'told', speaker: 'He', actor: 'Netanyahu' },
      { text: 'the talks in Jerusalem went well', direct: false, cue: 'said', speaker: 'A senior official' },
      {
        text: 'Both sides voiced readiness',
        direct: true,
        cue: 'said',
        speaker: 'the Kremlin',
        actor: 'Kremlin',
      },
    ],
    [
      { name: 'Jerusalem', country: 'ISR', lat: 31.769, lon: 35.2163, featureClass: 'P', geonameId: 281184 },
      SYRIA,
      { name: 'Iran', country: 'IRN', lat: 32, lon: 53, featureClass: 'A', geonameId: 130758 },
    ],
    { score: -2.5, positive: 1.5, negative: 4, polarity: 5.5, wordCount: 48 },
  );
  const russia = withQuotes(
    withEvents(
      article({
        title: 'Zürich talks on Syria end without a deal',
        lede: '',
        body: [
          '"Progress was made," said Dána Levi, a mediator in Zürich.',
          'Putin said Russia would stay in Syria and Daraa.',
          '"It was a long night," a Russian diplomat said in Georgia.',
        ],
        publishedAt: '2018-07-02',
        source: 'Meridian Wire',
      }),
      [
        { name: 'Dána Levi', code: null, country: null, roles: [] },
        { name: 'Putin', code: 'RUSGOV', country: 'RUS', roles: ['GOV'] },
      ],
      [],
    ),
    [
      { text: 'Progress was made', direct: true, cue: 'said', speaker: 'Dána Levi' },
      { text: 'Russia would stay in Syria and Daraa', direct: false, cue: 'said', speaker: 'Putin' },
      { text: 'It was a long night', direct: true, cue: 'said', speaker: 'a Russian diplomat' },
    ],
    [
      { name: 'Zürich', country: 'CHE', lat: 47.3667, lon: 8.55, featureClass: 'P', geonameId: 2657896 },
      SYRIA,
      DARAA,
      { name: 'Georgia', country: 'GEO', lat: 42, lon: 43.5, featureClass: 'A' },
    ],
    { score: 0.5, positive: 3, negative: 2.5, polarity: 5.5, wordCount: 30 },
  );
  const undated = withQuotes(
    withEvents(
      article({
        title: 'Letters to the editor',
        lede: '',
        body: [
          '"Nobody listens to Daraa," wrote a reader from Atlanta, Georgia.',
          'Another letter simply said "enough".',
        ],
        publishedAt: '',
      }),
      [],
      [],
    ),
    [
      { text: 'Nobody listens to Daraa', direct: true, cue: 'wrote', speaker: 'a reader from Atlanta' },
      { text: 'enough', direct: true, cue: 'said' },
    ],
    [
      DARAA,
      { name: 'Atlanta', country: 'USA', lat: 33.749, lon: -84.388, featureClass: 'P', geonameId: 4180439 },
      { name: 'Georgia', country: 'USA', lat: 32.75, lon: -83.5, featureClass: 'A' },
    ],
    { score: -1, positive: 0, negative: 1, polarity: 1, wordCount: 15 },
  );
  return { israel, russia, undated };
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

    describeAggregateContract(() => store);
    describeArticleScanContract(() => store);

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

    it('finds words that are common in English, such as WHO or "The Who"', async () => {
      await store.putArticles([
        article({ title: 'WHO warns of a new outbreak', body: ['The Who played in Jerusalem.'] }),
      ]);
      expect((await store.search({ text: 'who' })).total).toBe(1);
      expect((await store.search({ text: '"the who"' })).total).toBe(1);
      expect((await store.search({ text: '"who played"' })).total).toBe(1);
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

    describe('events and actors', () => {
      const { israel, russia } = eventFixtures();
      const verbs = async (query: EventQuery = {}) =>
        (await store.listEvents(query)).events.map((stored) => stored.event.verb.text);
      const sorted = async (query: EventQuery) => (await verbs(query)).sort();
      const actorByCode = async (code: string) =>
        (await store.listActors({})).actors.find((actor) => actor.code === code);

      it('keeps the events and actors of an analysed article', async () => {
        await store.putArticles([israel]);
        const read = await store.getArticle(israel.id);
        expect(read?.events).toEqual(israel.events);
        expect(read?.actors).toEqual(israel.actors);
      });

      it('gives each event with its article and the text of its sentence', async () => {
        await store.putArticles([israel, russia]);
        const { events, total } = await store.listEvents({});
        expect(total).toBe(6);
        for (const stored of events) {
          const from = [israel, russia].find((candidate) => candidate.id === stored.article.id);
          expect(from?.events).toContainEqual(stored.event);
          expect(stored.evidence).toBe(
            from?.text.slice(stored.event.sentence.start, stored.event.sentence.end),
          );
          expect(stored.article).toEqual({
            id: from?.id,
            title: from?.title,
            source: from?.source,
            publishedAt: from?.publishedAt,
            url: from?.url,
          });
        }
        const met = events.find((stored) => stored.event.verb.text === 'met');
        expect(met?.evidence).toBe('Netanyahu met Ivanovsky in Jerusalem on Friday.');
      });

      it('lists the newest event date first, undated events last, in text order within an article', async () => {
        await store.putArticles([israel, russia]);
        expect(await verbs()).toEqual(['criticised', 'attacked', 'demanded', 'urged', 'met', 'praised']);
      });

      it.each<[string, EventQuery, string[]]>([
        ['an actor code on either side', { actor: 'ISRGOV' }, ['demanded', 'met', 'praised']],
        ['the beginning of an actor code', { actor: 'RUS' }, ['attacked', 'criticised', 'met', 'praised']],
        ['a longer code, without its siblings', { actor: 'RUSGOV' }, ['criticised', 'praised']],
        ['an international organisation', { actor: 'IGO' }, ['urged']],
        ['the country of either side', { country: 'IRN' }, ['demanded', 'urged']],
        ['an exact event code', { code: '106' }, ['demanded']],
        ['no code by its beginning', { code: '10' }, []],
        ['a root code', { root: '19' }, ['attacked']],
        ['a quad class', { quad: 3 }, ['criticised', 'demanded']],
        ['the event date, not the publication date', { from: '2018-06-15', to: '2018-06-15' }, ['met']],
        [
          'an inclusive date range that leaves out undated events',
          { to: '2018-07-01' },
          ['attacked', 'demanded', 'met', 'urged'],
        ],
        ['a start date', { from: '2018-07-02' }, ['criticised']],
        ['the source, ignoring case', { source: 'meridian WIRE' }, ['attacked', 'criticised', 'praised']],
        ['several filters at once', { actor: 'RUS', quad: 1 }, ['met', 'praised']],
      ])('filters events by %s', async (_, query, expected) => {
        await store.putArticles([israel, russia]);
        expect(await sorted(query)).toEqual(expected);
        expect((await store.listEvents(query)).total).toBe(expected.length);
      });

      it('pages through events in one order and counts them all', async () => {
        await store.putArticles([israel, russia]);
        const all = await verbs();
        const first = await store.listEvents({ limit: 4 });
        const second = await store.listEvents({ limit: 4, offset: 4 });
        expect(first.total).toBe(6);
        expect(second.total).toBe(6);
        expect([...first.events, ...second.events].map((stored) => stored.event.verb.text)).toEqual(all);
        expect(second.events).toHaveLength(2);
      });

      it('keeps one set of events and actors when the same articles are stored again', async () => {
        await store.putArticles([israel, russia]);
        const events = await store.listEvents({});
        const actors = await store.listActors({});
        await store.putArticles([israel, russia, israel]);
        expect(await store.listEvents({})).toEqual(events);
        expect(await store.listActors({})).toEqual(actors);
      });

      it("replaces an article's events and actors with those of its new version", async () => {
        await store.putArticles([israel, russia]);
        const corrected = withEvents(
          article({ body: ['Netanyahu met Ivanovsky in Moscow on Friday.'] }),
          [
            { name: 'Netanyahu', code: 'ISRGOV', country: 'ISR', roles: ['GOV'] },
            { name: 'Ivanovsky', code: 'RUSMIL', country: 'RUS', roles: ['MIL'] },
          ],
          [
            {
              sentence: 'Netanyahu met Ivanovsky in Moscow on Friday.',
              source: 'Netanyahu',
              verb: 'met',
              target: 'Ivanovsky',
              code: '042',
              date: '2018-06-15',
            },
          ],
        );
        const outcome = await store.putArticles([corrected]);
        expect(outcome).toEqual([{ id: corrected.id, status: 'updated' }]);
        const { events, total } = await store.listEvents({ source: israel.source });
        expect(total).toBe(1);
        expect(events[0]?.event.code).toBe('042');
        expect(events[0]?.evidence).toBe('Netanyahu met Ivanovsky in Moscow on Friday.');
        expect(events[0]?.article.id).toBe(corrected.id);
        expect((await store.listActors({ name: 'United Nations' })).total).toBe(0);
        expect((await actorByCode('ISRGOV'))?.eventsAsSource).toBe(1);
      });

      it('drops the events of an article whose new version is stored without analysis', async () => {
        await store.putArticles([israel]);
        await store.putArticles([article({ body: ['Netanyahu met Ivanovsky in Moscow.'] })]);
        expect((await store.listEvents({})).total).toBe(0);
        expect((await store.listActors({})).total).toBe(0);
      });

      it('adds the events of an article stored before it was analysed', async () => {
        const { stages: _stages, sentences: _sentences, actors: _actors, events: _events, ...plain } = israel;
        await store.putArticles([plain]);
        expect((await store.listEvents({})).total).toBe(0);
        await store.putArticles([israel]);
        expect((await store.listEvents({})).total).toBe(israel.events?.length);
      });

      it('stores nothing of a batch that fails part-way, events included', async () => {
        const broken = { ...russia, events: russia.events?.map((event) => ({ ...event, code: null })) };
        await expect(store.putArticles([israel, broken as unknown as AnnotatedArticle])).rejects.toThrow();
        expect(await store.countArticles()).toBe(0);
        expect((await store.listEvents({})).total).toBe(0);
        expect((await store.listActors({})).total).toBe(0);
      });

      it('brings actors together by code across articles, with their mentions and events', async () => {
        await store.putArticles([israel, russia]);
        const mentionsOf = (code: string) =>
          [israel, russia]
            .flatMap((stored) => stored.actors ?? [])
            .filter((actor) => actor.code === code)
            .reduce((sum, actor) => sum + actor.mentions.length, 0);
        expect(await actorByCode('ISRGOV')).toEqual({
          code: 'ISRGOV',
          names: ['Netanyahu'],
          country: 'ISR',
          roles: ['GOV'],
          articles: 2,
          mentions: mentionsOf('ISRGOV'),
          eventsAsSource: 2,
          eventsAsTarget: 1,
        });
        const military = await actorByCode('RUSMIL');
        expect(military?.names.sort()).toEqual(['Ivanovsky', 'Russian forces']);
        expect(military?.mentions).toBe(mentionsOf('RUSMIL'));
      });

      it('brings actors without a code together by name, ignoring case and accents', async () => {
        await store.putArticles([israel, russia]);
        const { actors, total } = await store.listActors({ name: 'levi' });
        expect(total).toBe(1);
        expect(actors[0]).toMatchObject({ code: null, country: null, articles: 2, eventsAsSource: 1 });
        expect(actors[0]?.names.sort()).toEqual(['Dana Levi', 'Dána Levi']);
      });

      it('lists the actors in most articles first, then most mentions', async () => {
        await store.putArticles([israel, russia]);
        const { actors, total } = await store.listActors({});
        expect(total).toBe(7);
        const ranks = actors.map((actor) => [actor.articles, actor.mentions]);
        const ordered = [...ranks].sort((a, b) => (b[0] ?? 0) - (a[0] ?? 0) || (b[1] ?? 0) - (a[1] ?? 0));
        expect(ranks).toEqual(ordered);
        expect(actors[0]?.articles).toBe(2);
      });

      it('filters actors by country and by a word of a name, and pages through them', async () => {
        await store.putArticles([israel, russia]);
        const codes = async (query: object) =>
          (await store.listActors(query)).actors.map((actor) => actor.code).sort();
        expect(await codes({ country: 'RUS' })).toEqual(['RUSGOV', 'RUSMIL']);
        expect(await codes({ name: 'NETAN' })).toEqual(['ISRGOV']);
        expect(await codes({ name: 'forces' })).toEqual(['RUSMIL']);
        const all = (await store.listActors({})).actors;
        const pages = [0, 3, 6].map((offset) => store.listActors({ limit: 3, offset }));
        const paged = (await Promise.all(pages)).flatMap((page) => page.actors);
        expect(paged).toEqual(all);
      });
    });
    describe('quotes, places and tone', () => {
      const { israel, russia, undated } = quoteFixtures();
      const all = [israel, russia, undated];
      const texts = async (query: QuoteQuery = {}) =>
        (await store.listQuotes(query)).quotes.map((stored) => stored.quote.text);

      it('keeps the quotes, places and tone of an analysed article', async () => {
        await store.putArticles([israel]);
        const read = await store.getArticle(israel.id);
        expect(read?.quotes).toEqual(israel.quotes);
        expect(read?.places).toEqual(israel.places);
        expect(read?.tone).toEqual(israel.tone);
      });

      it("gives each quote with its article and its speaker's actor", async () => {
        await store.putArticles(all);
        const { quotes, total } = await store.listQuotes({});
        expect(total).toBe(10);
        for (const stored of quotes) {
          const from = all.find((candidate) => candidate.id === stored.article.id);
          expect(from?.quotes).toContainEqual(stored.quote);
          expect(from?.text.slice(stored.quote.start, stored.quote.end)).toBe(stored.quote.text);
          expect(stored.article).toEqual({
            id: from?.id,
            title: from?.title,
            source: from?.source,
            publishedAt: from?.publishedAt,
            url: from?.url,
          });
        }
        const told = quotes.find((stored) => stored.quote.text === 'Iran must leave Syria');
        expect(told).toMatchObject({ speakerName: 'Netanyahu', speakerCode: 'ISRGOV' });
        expect(told?.quote.speaker?.text).toBe('He');
        const levi = quotes.find((stored) => stored.quote.text === 'Progress was made');
        expect(levi).toMatchObject({ speakerName: 'Dána Levi', speakerCode: null });
        const official = quotes.find((stored) => stored.quote.text === 'the talks in Jerusalem went well');
        expect(official).toMatchObject({ speakerName: null, speakerCode: null });
      });

      it('lists the newest article first, undated ones last, in text order within an article', async () => {
        await store.putArticles(all);
        expect(await texts()).toEqual([
          'Progress was made',
          'Russia would stay in Syria and Daraa',
          'It was a long night',
          'Iran needs to withdraw from all of Syria',
          'We will act against any threat',
          'Iran must leave Syria',
          'the talks in Jerusalem went well',
          'Both sides voiced readiness',
          'Nobody listens to Daraa',
          'enough',
        ]);
      });

      it.each<[string, QuoteQuery, string[]]>([
        [
          "a speaker's name, through a pronoun",
          { speaker: 'netanyahu' },
          [
            'Iran must leave Syria',
            'Iran needs to withdraw from all of Syria',
            'We will act against any threat',
          ],
        ],
        ['a name, ignoring case and accents', { speaker: 'dana LEVI' }, ['Progress was made']],
        ['the words that describe a speaker', { speaker: 'official' }, ['the talks in Jerusalem went well']],
        ['every word, in any order', { speaker: 'atlanta reader' }, ['Nobody listens to Daraa']],
        ['words that no one speaker has', { speaker: 'netanyahu putin' }, []],
        [
          "the beginning of the speaker's actor code",
          { actor: 'RUS' },
          ['Both sides voiced readiness', 'Russia would stay in Syria and Daraa'],
        ],
        ['an actor code, without its siblings', { actor: 'ISRGOVX' }, []],
        [
          'the publication date, inclusive',
          { from: '2018-06-17', to: '2018-06-17' },
          [
            'Both sides voiced readiness',
            'Iran must leave Syria',
            'Iran needs to withdraw from all of Syria',
            'We will act against any threat',
            'the talks in Jerusalem went well',
          ],
        ],
        [
          'a start date',
          { from: '2018-06-18' },
          ['It was a long night', 'Progress was made', 'Russia would stay in Syria and Daraa'],
        ],
        [
          'the source, ignoring case',
          { source: 'MERIDIAN wire', speaker: 'putin' },
          ['Russia would stay in Syria and Daraa'],
        ],
        [
          'several filters at once',
          { actor: 'RUSGOV', from: '2018-07-01' },
          ['Russia would stay in Syria and Daraa'],
        ],
      ])('filters quotes by %s', async (_, query, expected) => {
        await store.putArticles(all);
        expect((await texts(query)).sort()).toEqual(expected);
        expect((await store.listQuotes(query)).total).toBe(expected.length);
      });

      it('leaves undated articles out of a date range', async () => {
        await store.putArticles(all);
        const { total } = await store.listQuotes({ to: '2018-12-31' });
        expect(total).toBe(8);
      });

      it('pages through quotes in one order and counts them all', async () => {
        await store.putArticles(all);
        const first = await store.listQuotes({ limit: 6 });
        const second = await store.listQuotes({ limit: 6, offset: 6 });
        expect(first.total).toBe(10);
        expect(second.quotes).toHaveLength(4);
        expect([...first.quotes, ...second.quotes].map((stored) => stored.quote.text)).toEqual(await texts());
      });

      it('brings places together by GeoNames id, or by name and country, across articles', async () => {
        await store.putArticles(all);
        const { places, total } = await store.listPlaces({});
        expect(total).toBe(8);
        expect(places.map((place) => [place.name, place.country, place.articles, place.mentions])).toEqual([
          ['Syria', 'SYR', 2, 4],
          ['Daraa', 'SYR', 2, 2],
          ['Iran', 'IRN', 1, 2],
          ['Jerusalem', 'ISR', 1, 2],
          ['Zürich', 'CHE', 1, 2],
          ['Atlanta', 'USA', 1, 1],
          ['Georgia', 'GEO', 1, 1],
          ['Georgia', 'USA', 1, 1],
        ]);
        expect(places[0]).toEqual({ ...SYRIA, articles: 2, mentions: 4 });
        expect(places[1]).toEqual({ ...DARAA, geonameId: null, articles: 2, mentions: 2 });
      });

      it('filters places by country and pages through them', async () => {
        await store.putArticles(all);
        const { places, total } = await store.listPlaces({ country: 'USA' });
        expect(total).toBe(2);
        expect(places.map((place) => place.name)).toEqual(['Atlanta', 'Georgia']);
        const every = (await store.listPlaces({})).places;
        const pages = [0, 3, 6].map((offset) => store.listPlaces({ limit: 3, offset }));
        expect((await Promise.all(pages)).flatMap((page) => page.places)).toEqual(every);
      });

      it('keeps one set of quotes and places when the same articles are stored again', async () => {
        await store.putArticles(all);
        const quotes = await store.listQuotes({});
        const places = await store.listPlaces({});
        await store.putArticles([...all, israel]);
        expect(await store.listQuotes({})).toEqual(quotes);
        expect(await store.listPlaces({})).toEqual(places);
      });

      it("replaces an article's quotes and places with those of its new version", async () => {
        await store.putArticles(all);
        const corrected = withQuotes(
          withEvents(
            article({
              title: israel.title,
              lede: '',
              body: ['"We will act," Netanyahu said in Haifa.'],
            }),
            [{ name: 'Netanyahu', code: 'ISRGOV', country: 'ISR', roles: ['GOV'] }],
            [],
          ),
          [{ text: 'We will act', direct: true, cue: 'said', speaker: 'Netanyahu' }],
          [
            {
              name: 'Haifa',
              country: 'ISR',
              lat: 32.8156,
              lon: 34.9892,
              featureClass: 'P',
              geonameId: 294801,
            },
          ],
          { score: 0, positive: 0, negative: 0, polarity: 0, wordCount: 12 },
        );
        expect(await store.putArticles([corrected])).toEqual([{ id: corrected.id, status: 'updated' }]);
        const { quotes, total } = await store.listQuotes({ actor: 'ISRGOV' });
        expect(total).toBe(1);
        expect(quotes[0]?.quote.text).toBe('We will act');
        expect(quotes[0]?.article.id).toBe(corrected.id);
        expect((await store.listPlaces({ country: 'ISR' })).places.map((place) => place.name)).toEqual([
          'Haifa',
        ]);
        const syria = (await store.listPlaces({})).places.find((place) => place.name === 'Syria');
        expect(syria).toMatchObject({ articles: 1, mentions: 2 });
        expect((await store.getArticle(corrected.id))?.tone).toEqual(corrected.tone);
      });

      it('drops the quotes and places of a new version stored without analysis', async () => {
        await store.putArticles([israel]);
        await store.putArticles([article({ title: israel.title, lede: '', body: ['Nothing was said.'] })]);
        expect((await store.listQuotes({})).total).toBe(0);
        expect((await store.listPlaces({})).total).toBe(0);
      });

      it('adds the quotes and places of an article stored before it was analysed', async () => {
        const { stages: _stages, quotes: _quotes, places: _places, tone: _tone, ...plain } = israel;
        await store.putArticles([plain]);
        expect((await store.listQuotes({})).total).toBe(0);
        await store.putArticles([israel]);
        expect((await store.listQuotes({})).total).toBe(israel.quotes?.length);
        expect((await store.listPlaces({})).total).toBe(israel.places?.length);
      });

      it('stores nothing of a batch that fails part-way, quotes and places included', async () => {
        const broken = { ...russia, places: russia.places?.map((place) => ({ ...place, lat: null })) };
        await expect(store.putArticles([israel, broken as unknown as AnnotatedArticle])).rejects.toThrow();
        expect(await store.countArticles()).toBe(0);
        expect((await store.listQuotes({})).total).toBe(0);
        expect((await store.listPlaces({})).total).toBe(0);
      });
    });

    describe('fetch state', () => {
      const feed = 'https://example.org/feed.xml';

      it('remembers the validators of the last fetch of a URL', async () => {
        expect(await store.getFetchState(feed)).toBeUndefined();
        await store.putFetchState({ url: feed, etag: '"v1"', fetchedAt: '2024-01-01T00:00:00.000Z' });
        await store.putFetchState({
          url: feed,
          etag: '"v2"',
          lastModified: 'Tue, 02 Jan 2024 00:00:00 GMT',
          fetchedAt: '2024-01-02T00:00:00.000Z',
        });
        expect(await store.getFetchState(feed)).toEqual({
          url: feed,
          etag: '"v2"',
          lastModified: 'Tue, 02 Jan 2024 00:00:00 GMT',
          fetchedAt: '2024-01-02T00:00:00.000Z',
        });
      });

      it('keeps the error of a failed fetch until a fetch succeeds', async () => {
        await store.putFetchState({
          url: feed,
          fetchedAt: '2024-01-01T00:00:00.000Z',
          error: '404 Not Found',
        });
        expect((await store.getFetchState(feed))?.error).toBe('404 Not Found');
        await store.putFetchState({ url: feed, fetchedAt: '2024-01-02T00:00:00.000Z' });
        expect((await store.getFetchState(feed))?.error).toBeUndefined();
      });

      it('answers which items of a feed are not dealt with yet, in the order asked', async () => {
        await store.putFetchState({ url: feed, fetchedAt: '2024-01-01T00:00:00.000Z' }, [
          { id: 'b', articleId: 'abc' },
          { id: 'd', error: 'no text' },
        ]);
        expect(await store.unseenFeedItems(feed, ['a', 'b', 'c', 'd'])).toEqual(['a', 'c']);
        expect(await store.unseenFeedItems('https://example.org/other.xml', ['b'])).toEqual(['b']);
        expect(await store.unseenFeedItems(feed, [])).toEqual([]);
      });
    });

    describe('reading a whole store', () => {
      it('lists every article in id order, page by page to the end', async () => {
        const { israel, russia, undated } = quoteFixtures();
        const plain = article({ title: 'Harbour report', body: ['Ships came in.'] });
        await store.putArticles([israel, russia, undated, plain]);
        const ids = [israel, russia, undated, plain].map((stored) => stored.id).sort();
        const pages: string[][] = [];
        let after: string | undefined;
        for (;;) {
          const page = await store.listArticlesAfter(after, 3);
          if (page.length === 0) break;
          pages.push(page.map((listed) => listed.id));
          after = page.at(-1)?.id;
        }
        expect(pages).toEqual([ids.slice(0, 3), ids.slice(3)]);
      });

      it('lists articles as getArticle gives them, annotations included', async () => {
        const { israel } = quoteFixtures();
        const plain = article({ title: 'Harbour report', body: ['Ships came in.'] });
        await store.putArticles([israel, plain]);
        const listed = await store.listArticlesAfter(undefined, 10);
        expect(listed).toHaveLength(2);
        for (const each of listed) expect(each).toEqual(await store.getArticle(each.id));
        const annotated = listed.find((each) => each.id === israel.id);
        expect(annotated?.quotes).toEqual(israel.quotes);
        expect(annotated?.events).toEqual(israel.events);
        expect(annotated?.places).toEqual(israel.places);
        expect(await store.listArticlesAfter(listed.at(-1)?.id, 10)).toEqual([]);
      });

      it('lists every fetch state by URL with the feed items it dealt with', async () => {
        expect(await store.listFetchStates()).toEqual([]);
        await store.putFetchState(
          { url: 'https://example.org/b.xml', fetchedAt: '2024-01-01T00:00:00.000Z' },
          [{ id: 'z', articleId: 'abc' }],
        );
        await store.putFetchState(
          { url: 'https://example.org/b.xml', etag: '"v2"', fetchedAt: '2024-01-02T00:00:00.000Z' },
          [{ id: 'a', error: 'no text' }],
        );
        await store.putFetchState({
          url: 'https://example.org/a.html',
          fetchedAt: '2024-01-03T00:00:00.000Z',
          error: '404 Not Found',
        });
        expect(await store.listFetchStates()).toEqual([
          {
            url: 'https://example.org/a.html',
            fetchedAt: '2024-01-03T00:00:00.000Z',
            error: '404 Not Found',
            items: [],
          },
          {
            url: 'https://example.org/b.xml',
            etag: '"v2"',
            fetchedAt: '2024-01-02T00:00:00.000Z',
            items: [
              { id: 'a', seenAt: '2024-01-02T00:00:00.000Z', error: 'no text' },
              { id: 'z', seenAt: '2024-01-01T00:00:00.000Z', articleId: 'abc' },
            ],
          },
        ]);
      });
    });

    describe('browsing and aggregates', () => {
      const { israel, russia } = eventFixtures();
      const { israel: quoted } = quoteFixtures();
      const plain = article({ title: 'Harbour report', body: ['Ships came in.'], publishedAt: '2018-05-01' });
      const titles = async (query: ArticleQuery) =>
        (await store.browseArticles(query)).articles.map((hit) => hit.article.title);

      it('lists the newest articles first without search words, with their ledes', async () => {
        await store.putArticles([plain, israel, russia]);
        const page = await store.browseArticles({});
        expect(page.total).toBe(3);
        expect(page.articles.map((hit) => hit.article.title)).toEqual([
          russia.title,
          israel.title,
          plain.title,
        ]);
        expect(page.articles[1]).toMatchObject({ score: null, snippet: israel.lede, highlights: [] });
        expect(page.articles[0]?.snippet).toBe('Russian forces attacked rebels near Daraa.');
      });

      it.each<[string, ArticleQuery, string[]]>([
        ['an actor code or its beginning', { actor: 'RUS' }, [russia.title, israel.title]],
        ['an exact actor code', { actor: 'SYRREB' }, [russia.title]],
        ["an actor's country", { country: 'IRN' }, [israel.title]],
        ['an event root code', { root: '19' }, [russia.title]],
        ['a QuadClass', { quad: 3 }, [russia.title, israel.title]],
        ['a source', { source: 'harbor gazette' }, [israel.title, plain.title]],
        ['a date range', { from: '2018-06-01', to: '2018-06-30' }, [israel.title]],
        ['search words', { text: 'Daraa' }, [russia.title]],
        ['search words and an actor', { text: 'Netanyahu', actor: 'IRN' }, [israel.title]],
        ['search words and an event root code', { text: 'Netanyahu', root: '10' }, [israel.title]],
        ['search words and a QuadClass', { text: 'Daraa', quad: 4 }, [russia.title]],
        ['search words and a source', { text: 'Netanyahu', source: 'meridian wire' }, [russia.title]],
        [
          'search words and a date range',
          { text: 'Netanyahu', from: '2018-06-01', to: '2018-06-30' },
          [israel.title],
        ],
        ['a root code no event can have', { root: '99' }, []],
        ['search words and a root code no event can have', { text: 'Daraa', root: '21' }, []],
      ])('filters articles by %s', async (_name, query, expected) => {
        await store.putArticles([plain, israel, russia]);
        expect(await titles(query)).toEqual(expected);
        expect((await store.browseArticles(query)).total).toBe(expected.length);
      });

      it('filters by the events an article has now, after it is analysed again', async () => {
        await store.putArticles([plain, israel, russia]);
        // The analysis again, with the praise alone left of its events (root 05, QuadClass 1).
        const praise = russia.events?.filter((event) => event.code === '051');
        expect(praise).toHaveLength(1);
        await store.putAnnotations([{ ...russia, events: praise }]);
        const gone: ArticleQuery[] = [
          { root: '19' },
          { quad: 4 },
          { text: 'Daraa', quad: 4 },
          { root: '11' },
        ];
        for (const query of gone) {
          expect(await titles(query)).toEqual([]);
          expect((await store.browseArticles(query)).total).toBe(0);
        }
        expect(await titles({ root: '05', quad: 1 })).toEqual([russia.title]);
        expect(await titles({ quad: 1 })).toEqual([russia.title, israel.title]);
      });

      it('counts the facets of the matching articles', async () => {
        await store.putArticles([plain, israel, russia]);
        const { facets } = await store.browseArticles({ actor: 'ISRGOV' });
        expect(facets.counted).toBe(2);
        expect(facets.interval).toBe('day');
        expect(facets.dates).toEqual([
          { value: '2018-06-17', count: 1 },
          { value: '2018-07-02', count: 1 },
        ]);
        expect(facets.sources).toEqual([
          { value: 'Harbor Gazette', count: 1 },
          { value: 'Meridian Wire', count: 1 },
        ]);
        expect(facets.actors.slice(0, 2)).toEqual([
          { value: 'ISRGOV', count: 2, name: 'Netanyahu' },
          { value: 'RUSMIL', count: 2, name: expect.any(String) },
        ]);
        expect(facets.countries.slice(0, 2)).toEqual([
          { value: 'ISR', count: 2 },
          { value: 'RUS', count: 2 },
        ]);
        expect(facets.roots).toContainEqual({ value: '04', count: 1 });
        expect(facets.quads).toEqual(
          [
            { value: '1', count: 2 },
            { value: '3', count: 2 },
            { value: '2', count: 0 },
            { value: '4', count: 1 },
          ]
            .filter((quad) => quad.count > 0)
            .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
        );
      });

      it('counts dates per month when they span more than two months', async () => {
        await store.putArticles([article({ title: 'Old report', publishedAt: '2017-01-05' }), israel]);
        const { facets } = await store.browseArticles({});
        expect(facets.interval).toBe('month');
        expect(facets.dates).toEqual([
          { value: '2017-01', count: 1 },
          { value: '2018-06', count: 1 },
        ]);
      });

      it('pages through the browser in one order', async () => {
        await store.putArticles([plain, israel, russia]);
        const all = await titles({});
        const pages = await Promise.all([0, 1, 2].map((offset) => titles({ limit: 1, offset })));
        expect(pages.flat()).toEqual(all);
      });

      it('counts events per day by QuadClass with their mean Goldstein value', async () => {
        await store.putArticles([israel, russia]);
        const { days } = await store.eventTimeline({});
        expect(days).toEqual([
          {
            date: '2018-06-15',
            events: 1,
            verbalCooperation: 1,
            materialCooperation: 0,
            verbalConflict: 0,
            materialConflict: 0,
            goldsteinMean: 3,
          },
          {
            date: '2018-06-17',
            events: 2,
            verbalCooperation: 1,
            materialCooperation: 0,
            verbalConflict: 1,
            materialConflict: 0,
            goldsteinMean: -1,
          },
          {
            date: '2018-07-01',
            events: 1,
            verbalCooperation: 0,
            materialCooperation: 0,
            verbalConflict: 0,
            materialConflict: 1,
            goldsteinMean: -5,
          },
          {
            date: '2018-07-02',
            events: 1,
            verbalCooperation: 0,
            materialCooperation: 0,
            verbalConflict: 1,
            materialConflict: 0,
            goldsteinMean: -5,
          },
        ]);
        expect(
          (await store.eventTimeline({ from: '2018-06-16', to: '2018-07-01' })).days.map((day) => day.date),
        ).toEqual(['2018-06-17', '2018-07-01']);
        const israeli = await store.eventTimeline({ actor: 'ISRGOV' });
        expect(israeli.days.map((day) => [day.date, day.events])).toEqual([
          ['2018-06-15', 1],
          ['2018-06-17', 1],
        ]);
      });

      it("keeps the timeline in step with an article's new version", async () => {
        await store.putArticles([israel, russia]);
        const changed = { ...israel, events: israel.events?.slice(0, 1) };
        await store.putArticles([changed]);
        const { days } = await store.eventTimeline({});
        expect(days.map((day) => [day.date, day.events])).toEqual([
          ['2018-06-15', 1],
          ['2018-07-01', 1],
          ['2018-07-02', 1],
        ]);
      });

      it('draws actors as nodes and the events between them as weighted edges', async () => {
        await store.putArticles([israel, russia]);
        const network = await store.actorNetwork({});
        expect(network.nodes[0]).toEqual({ id: 'ISRGOV', code: 'ISRGOV', name: 'Netanyahu', events: 3 });
        expect(network.nodes.map((node) => node.id)).toContain('name:dana levi');
        expect(network.edges).toContainEqual({
          source: 'ISRGOV',
          target: 'IRN',
          events: 1,
          goldsteinMean: -5,
        });
        expect(network.edges).toHaveLength(6);
        const small = await store.actorNetwork({ nodes: 2 });
        expect(small.nodes.map((node) => node.id)).toEqual(['ISRGOV', 'IRN']);
        expect(small.edges).toEqual([{ source: 'ISRGOV', target: 'IRN', events: 1, goldsteinMean: -5 }]);
        expect((await store.actorNetwork({ quad: 4 })).edges).toEqual([
          { source: 'RUSMIL', target: 'SYRREB', events: 1, goldsteinMean: -5 },
        ]);
      });

      it('names the actors of the network by the articles as they are analysed now', async () => {
        await store.putArticles([israel, russia]);
        const renamed = (article: typeof israel) => ({
          ...article,
          actors: article.actors?.map((actor) =>
            actor.code === 'ISRGOV' ? { ...actor, name: 'Prime Minister Netanyahu' } : actor,
          ),
        });
        // Analysed again, both articles call him by his title: the name they no longer use goes.
        await store.putAnnotations([renamed(israel), renamed(russia)]);
        const node = (await store.actorNetwork({})).nodes.find((each) => each.id === 'ISRGOV');
        expect(node?.name).toBe('Prime Minister Netanyahu');
      });

      it('puts the geocoded events and the places of the articles on the map', async () => {
        const [first, ...rest] = israel.events ?? [];
        if (!first) throw new Error('fixture: no event');
        const placed = {
          ...israel,
          events: [
            {
              ...first,
              place: { text: 'Jerusalem', start: 0, end: 0, country: 'ISR', lat: 31.77, lon: 35.22 },
            },
            ...rest,
          ],
        };
        await store.putArticles([placed, russia, quoted]);
        const map = await store.eventMap({});
        expect(map.events).toEqual([
          { name: 'Jerusalem', country: 'ISR', lat: 31.77, lon: 35.22, events: 1, goldsteinMean: 3 },
        ]);
        expect(map.places.map((place) => place.name)).toEqual(['Iran', 'Jerusalem', 'Syria']);
        expect((await store.eventMap({ quad: 4 })).events).toEqual([]);
        expect((await store.eventMap({ from: '2019-01-01' })).places).toEqual([]);
      });

      it('lists the sources with their article counts and first and last dates', async () => {
        await store.putArticles([plain, israel, russia]);
        expect(await store.listSources({})).toEqual({
          total: 2,
          sources: [
            {
              name: 'Harbor Gazette',
              articles: 2,
              firstPublishedAt: '2018-05-01',
              lastPublishedAt: '2018-06-17',
            },
            {
              name: 'Meridian Wire',
              articles: 1,
              firstPublishedAt: '2018-07-02',
              lastPublishedAt: '2018-07-02',
            },
          ],
        });
        expect(
          (await store.listSources({ limit: 1, offset: 1 })).sources.map((source) => source.name),
        ).toEqual(['Meridian Wire']);
      });

      it("gives an actor's page: its events by month on each side and the actors beside it", async () => {
        await store.putArticles([israel, russia]);
        const profile = await store.getActorProfile('ISRGOV');
        expect(profile?.actor).toMatchObject({ code: 'ISRGOV', names: ['Netanyahu'], articles: 2 });
        expect(profile?.months).toEqual([{ month: '2018-06', asSource: 2, asTarget: 0 }]);
        expect(profile?.coActors[0]).toEqual({
          id: 'RUSMIL',
          code: 'RUSMIL',
          name: expect.any(String),
          articles: 2,
        });
        expect((await store.getActorProfile('name:dana levi'))?.actor.names.sort()).toEqual([
          'Dana Levi',
          'Dána Levi',
        ]);
        expect(await store.getActorProfile('XYZGOV')).toBeUndefined();
      });
    });

    describeDuplicatesContract(openStore);
    describeAnnotationsContract(openStore);
  });
}
