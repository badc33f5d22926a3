import type { PoolClient } from 'pg';
import type { AnnotatedArticle } from '../../document/annotations.js';
import type { Article } from '../../document/article.js';
import { type FoldChanges, noteChange } from '../plan-fold.js';
import { actorRowsFromArticle } from '../sqlite/actor-row.js';
import { type ArticleRow, rowFromArticle } from '../sqlite/article-row.js';
import { eventRowsFromArticle } from '../sqlite/event-row.js';
import type { IndexedArticle, IndexedLayer } from '../sqlite/layer-index.js';
import { placeRowsFromArticle } from '../sqlite/place-row.js';
import { quoteRowsFromArticle } from '../sqlite/quote-row.js';
import type { AnnotationOutcome, PutOutcome } from '../store.js';
import { foldAggregateEvents, noteStoredChanges } from './aggregate-index.js';
import { publishedMonth } from './published-month.js';
import { assignStories } from './story-index.js';

/** The rows of an article's layers, by table; the same rows the SQLite store keeps. */
const LAYER_ROWS: Record<IndexedLayer, (article: IndexedArticle) => readonly object[]> = {
  events: eventRowsFromArticle,
  actors: actorRowsFromArticle,
  quotes: quoteRowsFromArticle,
  places: placeRowsFromArticle,
};
const LAYERS = Object.keys(LAYER_ROWS) as IndexedLayer[];

/** An article to insert, or one whose annotations replace those of its stored row. */
interface Write {
  row: ArticleRow;
  /** What its layer rows are made from; undefined for an article without analysis. */
  layers: IndexedArticle | undefined;
}

/** What a batch writes, decided in memory before any statement runs. */
interface Plan {
  /** The id under each key and the ids stored, as the batch's articles so far leave them. */
  idByKey: Map<string, string>;
  storedIds: Set<string>;
  inserts: Map<string, Write>;
  annotations: Map<string, Write>;
  removed: string[];
}

/**
 * Stores a batch inside the caller's transaction, with the SQLite store's rules: the same article
 * (same key and id, or same id) is a duplicate, whose annotations are added when it has some;
 * another id under a stored key is a new version, which replaces the stored one. The batch's keys
 * and ids are locked first (in one order, so two batches cannot deadlock), so that writers
 * running at once keep them unique without a unique index (see migrations.ts). Decisions are
 * made in memory, then written in a few statements for the whole batch.
 */
export async function writeArticles(
  client: PoolClient,
  articles: readonly (Article | AnnotatedArticle)[],
): Promise<PutOutcome[]> {
  const plan = await lockStored(client, articles);
  const outcomes = articles.map((article) => planPut(plan, article));
  await writePlan(client, plan, articles);
  return outcomes;
}

/**
 * Writes the analysis of stored articles inside the caller's transaction, under the same locks
 * as `writeArticles`: each onto the article stored under its key with its id, as `writeArticles`
 * writes a duplicate's annotations, or nowhere (`missing`) when it is not stored there (a new
 * version replaced it). The check and the write are atomic against a concurrent ingest, which
 * needs the key's lock too.
 */
export async function writeAnnotations(
  client: PoolClient,
  articles: readonly AnnotatedArticle[],
): Promise<AnnotationOutcome[]> {
  const plan = await lockStored(client, articles);
  const outcomes = articles.map((article): AnnotationOutcome => {
    if (plan.idByKey.get(article.key) !== article.id) return { id: article.id, status: 'missing' };
    planAnnotation(plan, article);
    return { id: article.id, status: 'annotated' };
  });
  await writePlan(client, plan, articles);
  return outcomes;
}

/** Locks the batch's keys and ids, and reads what is stored under them: an empty plan. */
async function lockStored(
  client: PoolClient,
  articles: readonly (Article | AnnotatedArticle)[],
): Promise<Plan> {
  const keys = [...new Set(articles.map((article) => article.key))];
  const ids = [...new Set(articles.map((article) => article.id))];
  await client.query(
    `SELECT pg_advisory_xact_lock(lock) FROM (
       SELECT DISTINCT hashtextextended(name, 0) AS lock FROM unnest($1::text[]) AS name ORDER BY lock
     ) AS locks`,
    [[...keys.map((key) => `key:${key}`), ...ids.map((id) => `id:${id}`)]],
  );
  const stored = await client.query<{ id: string; key: string }>(
    'SELECT id, key FROM articles WHERE key = ANY($1) OR id = ANY($2)',
    [keys, ids],
  );
  return {
    idByKey: new Map(stored.rows.map((row) => [row.key, row.id])),
    storedIds: new Set(stored.rows.map((row) => row.id)),
    inserts: new Map(),
    annotations: new Map(),
    removed: [],
  };
}

/** Decides what storing one article of the batch does (see `writeArticles`). */
function planPut(plan: Plan, article: Article | AnnotatedArticle): PutOutcome {
  const sameKey = plan.idByKey.get(article.key);
  const isStored = plan.storedIds.has(article.id);
  if (sameKey === article.id || (sameKey === undefined && isStored)) {
    if (sameKey !== undefined && 'stages' in article) planAnnotation(plan, article);
    return { id: article.id, status: 'duplicate' };
  }
  if (sameKey !== undefined && isStored) return { id: article.id, status: 'duplicate' };
  if (sameKey !== undefined) {
    if (!plan.inserts.delete(sameKey)) {
      plan.removed.push(sameKey);
      plan.annotations.delete(sameKey);
    }
    plan.storedIds.delete(sameKey);
  }
  plan.inserts.set(article.id, {
    row: rowFromArticle(article),
    layers: 'stages' in article ? article : undefined,
  });
  plan.idByKey.set(article.key, article.id);
  plan.storedIds.add(article.id);
  return { id: article.id, status: sameKey === undefined ? 'added' : 'updated' };
}

/** The article's annotations replace those of the stored article with its id (or of the batch's insert). */
function planAnnotation(plan: Plan, article: AnnotatedArticle): void {
  const row = rowFromArticle(article);
  const pending = plan.inserts.get(article.id);
  const write = {
    row: pending ? { ...pending.row, annotations: row.annotations, diagnostics: row.diagnostics } : row,
    layers: article,
  };
  (pending ? plan.inserts : plan.annotations).set(article.id, write);
}

/** Writes a plan: its articles, their layer rows, aggregate events and stories, in the batch's order. */
async function writePlan(
  client: PoolClient,
  { inserts, annotations, removed }: Plan,
  articles: readonly (Article | AnnotatedArticle)[],
): Promise<void> {
  const foldChanges: FoldChanges = new Map();
  await noteStoredChanges(client, [...removed, ...annotations.keys()], foldChanges);
  if (removed.length > 0) await client.query('DELETE FROM articles WHERE id = ANY($1)', [removed]);
  const written: { id: string; seq: string; published_month: string; write: Write }[] = [];
  if (inserts.size > 0) {
    // The article and its search row in one statement: title weighs most, then the lede, then the body.
    const { rows } = await client.query<{ id: string; seq: string; published_month: string }>(
      `WITH inserted AS (
         INSERT INTO articles (id, published_month, key, published_at, source, title, url, image, language,
           authors, origin, diagnostics, lede, body, annotations)
         SELECT id, published_month::date, key, published_at, source, title, url, image, language,
           authors::jsonb, origin::jsonb, diagnostics::jsonb, lede, body, annotations::jsonb
         FROM json_to_recordset($1::json) AS r (id text, published_month text, key text, published_at text,
           source text, title text, url text, image text, language text, authors text, origin text,
           diagnostics text, lede text, body text, annotations text)
         RETURNING id, published_month, seq, published_at, source, title, lede, body
       ), searched AS (
         INSERT INTO article_search (id, published_month, seq, published_at, source, search)
         SELECT id, published_month, seq, published_at, source,
           setweight(to_tsvector('newsgraph_text', title), 'A') ||
           setweight(to_tsvector('newsgraph_text', lede), 'B') ||
           setweight(to_tsvector('newsgraph_text', body), 'C')
         FROM inserted
       )
       SELECT id, seq, published_month::text FROM inserted`,
      [
        JSON.stringify(
          [...inserts.values()].map(({ row }) => ({
            ...row,
            published_month: publishedMonth(row.published_at),
          })),
        ),
      ],
    );
    for (const row of rows) written.push({ ...row, write: inserts.get(row.id) as Write });
  }
  if (annotations.size > 0) {
    const { rows } = await client.query<{ id: string; seq: string; published_month: string }>(
      `UPDATE articles a SET annotations = r.annotations::jsonb, diagnostics = r.diagnostics::jsonb, updated_at = now()
       FROM json_to_recordset($1::json) AS r (id text, annotations text, diagnostics text)
       WHERE a.id = r.id
       RETURNING a.id, a.seq, a.published_month::text`,
      [JSON.stringify([...annotations.values()].map(({ row }) => row))],
    );
    const updated = rows.map((row) => row.id);
    for (const layer of LAYERS)
      await client.query(`DELETE FROM ${layer} WHERE article_id = ANY($1)`, [updated]);
    for (const row of rows) written.push({ ...row, write: annotations.get(row.id) as Write });
  }
  for (const layer of LAYERS) {
    const rows = written.flatMap(({ id, seq, published_month, write }) =>
      write.layers
        ? LAYER_ROWS[layer](write.layers).map((row) => ({ ...row, article_id: id, published_month, seq }))
        : [],
    );
    if (rows.length === 0) continue;
    await client.query(
      `INSERT INTO ${layer} SELECT * FROM json_populate_recordset(NULL::${layer}, $1::json)`,
      [JSON.stringify(rows)],
    );
  }
  // Aggregate events and stories, in the batch's order (see aggregate-index.ts and story-index.ts).
  const analysed = written
    .filter(({ write }) => write.layers !== undefined)
    .map(({ seq, published_month, write }) => ({
      article: write.layers as AnnotatedArticle,
      publishedMonth: published_month,
      seq,
    }));
  for (const { article } of analysed) {
    for (const row of eventRowsFromArticle(article)) noteChange(foldChanges, row.fold_key, row.event_date);
  }
  await foldAggregateEvents(client, foldChanges);
  const order = new Map(articles.map((article, index) => [article.id, index]));
  await assignStories(
    client,
    analysed.sort((a, b) => (order.get(a.article.id) ?? 0) - (order.get(b.article.id) ?? 0)),
  );
}
