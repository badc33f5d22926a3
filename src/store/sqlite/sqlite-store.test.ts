import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../../document/annotations.js';
import { createArticle } from '../../document/article.js';
import { describeStoreContract, eventFixtures, quoteFixtures } from '../store.contract.js';
import { addAggregateTables } from './aggregate-schema.js';
import { rowFromArticle } from './article-row.js';
import { EVENT_KINDS_SCHEMA } from './event-kinds.js';
import { createLayerIndex } from './layer-index.js';
import { MIGRATIONS } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-sqlite-'));
let count = 0;
const freshPath = () => join(folder, `store-${count++}.db`);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * A database file at an older schema version, holding these analysed articles with the events and
 * actors rows of that time: what a newsgraph of that version left behind.
 */
function fileAtVersion(version: number, articles: readonly AnnotatedArticle[]): string {
  const path = freshPath();
  const db = new Database(path);
  for (const migration of MIGRATIONS.slice(0, version)) {
    if (typeof migration === 'string') db.exec(migration);
    else migration(db);
  }
  db.pragma(`user_version = ${version}`);
  const insert = db.prepare(
    `INSERT INTO articles (id, key, title, lede, body, image, source, url, language, authors, published_at,
       origin, diagnostics, annotations, ingested_at, updated_at)
     VALUES (@id, @key, @title, @lede, @body, @image, @source, @url, @language, @authors, @published_at,
       @origin, @diagnostics, @annotations, '2024-01-01', '2024-01-01')`,
  );
  const layers = createLayerIndex(db, ['events', 'actors']);
  for (const article of articles)
    layers.replace(insert.run(rowFromArticle(article)).lastInsertRowid, article);
  db.close();
  return path;
}

describeStoreContract('SqliteStore', async () => new SqliteStore(freshPath()));

describe('SqliteStore', () => {
  it('opens an existing file at its schema version without migrating it again', async () => {
    const path = freshPath();
    await new SqliteStore(path).close();
    const store = new SqliteStore(path);
    await store.close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a file written by a newer schema', async () => {
    const path = freshPath();
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => new SqliteStore(path)).toThrow(/newer than this newsgraph knows/);
  });

  it('writes with a WAL journal', async () => {
    const path = freshPath();
    await new SqliteStore(path).close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('ranks only the most recently stored matches beyond its limit, and still counts them all', async () => {
    const store = new SqliteStore(freshPath(), { rankedMatches: 3 });
    const origin = {
      location: 'test',
      reader: 'test@1',
      contentHash: 'x',
      retrievedAt: '2024-01-01T00:00:00Z',
    };
    const articles = ['first', 'second', 'third', 'fourth', 'fifth'].map((word) =>
      createArticle({ title: `Harbour report ${word}`, body: [`The ${word} harbour report.`] }, origin),
    );
    await store.putArticles(articles);
    const result = await store.search({ text: 'harbour' });
    expect(result.total).toBe(5);
    expect(result.ranked).toBe(3);
    expect(result.hits.map((hit) => hit.article.title).sort()).toEqual([
      'Harbour report fifth',
      'Harbour report fourth',
      'Harbour report third',
    ]);
    await store.close();
  });

  it('indexes the actors of articles analysed before the events and actors tables existed', async () => {
    const path = freshPath();
    const before = MIGRATIONS.findIndex(
      (migration) => typeof migration === 'string' && migration.includes('CREATE TABLE events'),
    );
    const db = new Database(path);
    for (const migration of MIGRATIONS.slice(0, before)) db.exec(migration as string);
    db.pragma(`user_version = ${before}`);
    const { events: _events, ...analysed } = eventFixtures().israel;
    db.prepare(
      `INSERT INTO articles (id, key, title, lede, body, image, source, url, language, authors, published_at,
         origin, diagnostics, annotations, ingested_at, updated_at)
       VALUES (@id, @key, @title, @lede, @body, @image, @source, @url, @language, @authors, @published_at,
         @origin, @diagnostics, @annotations, '2024-01-01', '2024-01-01')`,
    ).run(rowFromArticle(analysed));
    db.close();
    const store = new SqliteStore(path);
    const { actors, total } = await store.listActors({});
    expect(total).toBe(analysed.actors?.length);
    expect(actors.find((actor) => actor.code === 'ISRGOV')?.mentions).toBe(
      analysed.actors?.find((actor) => actor.code === 'ISRGOV')?.mentions.length,
    );
    await store.close();
  });

  it('migrates a database made before the quotes and places tables, keeping its events', async () => {
    const path = freshPath();
    const before = MIGRATIONS.findIndex(
      (migration) => typeof migration === 'string' && migration.includes('CREATE TABLE quotes'),
    );
    const db = new Database(path);
    for (const migration of MIGRATIONS.slice(0, before)) {
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
    }
    db.pragma(`user_version = ${before}`);
    const { israel } = eventFixtures();
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO articles (id, key, title, lede, body, image, source, url, language, authors, published_at,
           origin, diagnostics, annotations, ingested_at, updated_at)
         VALUES (@id, @key, @title, @lede, @body, @image, @source, @url, @language, @authors, @published_at,
           @origin, @diagnostics, @annotations, '2024-01-01', '2024-01-01')`,
      )
      .run(rowFromArticle(israel));
    createLayerIndex(db, ['events', 'actors']).replace(lastInsertRowid, israel);
    db.close();
    const store = new SqliteStore(path);
    expect((await store.listEvents({})).total).toBe(israel.events?.length);
    expect((await store.listQuotes({})).total).toBe(0);
    const quoted = quoteFixtures().russia;
    await store.putArticles([quoted]);
    expect((await store.listQuotes({})).total).toBe(quoted.quotes?.length);
    expect((await store.listPlaces({})).total).toBe(quoted.places?.length);
    await store.close();
    const migrated = new Database(path);
    expect(migrated.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    migrated.close();
  });

  it('gives the events of a database made before the aggregates their Goldstein values and days', async () => {
    const { israel } = eventFixtures();
    // The version before the step that added Goldstein values and event_days.
    const path = fileAtVersion(6, [israel]);
    const store = new SqliteStore(path);
    const days = (await store.eventTimeline({})).days.map((day) => [day.date, day.events, day.goldsteinMean]);
    expect(days).toEqual([
      ['2018-06-15', 1, 3],
      ['2018-06-17', 2, -1],
    ]);
    expect((await store.actorNetwork({ actor: 'ISRGOV' })).edges.map((edge) => edge.goldsteinMean)).toEqual([
      -5, 3,
    ]);
    await store.close();
  });

  it('folds the events and assigns the stories of a database made before aggregate events', async () => {
    const { israel } = eventFixtures();
    const copy = eventFixtures({ israel: { source: 'Meridian Wire' } }).israel;
    const path = fileAtVersion(MIGRATIONS.indexOf(addAggregateTables), [israel, copy]);
    const store = new SqliteStore(path);
    const { events } = await store.listAggregateEvents({});
    expect(events.map((event) => [event.code, event.numMentions, event.numSources]).sort()).toEqual([
      ['020', 2, 2],
      ['040', 2, 2],
      ['106', 2, 2],
    ]);
    expect((await store.listStories({})).stories.map((story) => story.articles)).toEqual([2]);
    await store.close();
  });

  it("gives the articles of a database made before event kinds their events' kinds and actors' names", async () => {
    const { israel, russia } = eventFixtures();
    const path = fileAtVersion(MIGRATIONS.indexOf(EVENT_KINDS_SCHEMA), [israel, russia]);
    const store = new SqliteStore(path);
    const titles = async (query: object) =>
      (await store.browseArticles(query)).articles.map((hit) => hit.article.title);
    // israel: 040 and 020 (QuadClass 1), 106 (3); russia: 190 (4), 051 (1), 111 (3).
    expect(await titles({ quad: 4 })).toEqual([russia.title]);
    expect(await titles({ quad: 3 })).toEqual([russia.title, israel.title]);
    expect(await titles({ root: '10' })).toEqual([israel.title]);
    expect(await titles({ root: '02', quad: 3 })).toEqual([israel.title]);
    expect(await titles({ quad: 2 })).toEqual([]);
    // The actors' names, counted in the same step.
    expect((await store.actorNetwork({})).nodes[0]).toMatchObject({ id: 'ISRGOV', name: 'Netanyahu' });
    await store.close();
  });

  it('finds the few articles that match among many, listed and sorted, as it finds many walking', async () => {
    const store = new SqliteStore(freshPath());
    const { israel, russia } = eventFixtures();
    const plain = Array.from({ length: 60 }, (_, index) =>
      createArticle(
        { title: `Harbour report ${index}`, body: ['Ships came in.'], publishedAt: '2018-06-20' },
        {
          location: `plain-${index}`,
          reader: 'test@1',
          contentHash: String(index),
          retrievedAt: '2024-01-01T00:00:00Z',
        },
      ),
    );
    await store.putArticles([israel, ...plain, russia]);
    const titles = async (query: object) => {
      const page = await store.browseArticles(query);
      return { total: page.total, titles: page.articles.map((hit) => hit.article.title) };
    };
    // One or two of 62: fewer than one in twenty, so listed and sorted, newest first.
    expect(await titles({ root: '19' })).toEqual({ total: 1, titles: [russia.title] });
    expect(await titles({ actor: 'ISRGOV' })).toEqual({ total: 2, titles: [russia.title, israel.title] });
    expect(await titles({ country: 'IRN', quad: 3 })).toEqual({ total: 1, titles: [israel.title] });
    // All of them: walked.
    const all = await titles({ limit: 3 });
    expect(all.total).toBe(62);
    expect(all.titles).toEqual([russia.title, plain[59]?.title, plain[58]?.title]);
    await store.close();
  });
});
