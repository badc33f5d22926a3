import type { Pool, PoolClient } from 'pg';
import type { AnnotatedArticle, CopyOf } from '../../document/annotations.js';
import type { Article } from '../../document/article.js';
import { bandKeys } from '../../stages/duplicates/band-keys.js';
import {
  decodeSignature,
  signatureBytes,
  signatureFromBytes,
} from '../../stages/duplicates/signature-text.js';
import { CANDIDATES_PER_BAND, chooseOriginal, couldCopy } from '../choose-original.js';

/** The schema step that adds the index (appended to MIGRATIONS). */
export const DUPLICATE_INDEX_SCHEMA = `
  -- One row per stored article with a MinHash signature, by the article's key, which its new
  -- versions keep (a new version is a new row of articles with a new seq): ord is the seq of the
  -- first version indexed, so "stored before" is a smaller ord; copy_of is the key of the earlier
  -- article it copies. One row per band key of its signature (LSH), to find the earlier articles
  -- that share one (no index by key: an article's band rows are found again from its stored
  -- signature). Neither grows by month: not partitioned, keyed by the article's key (Citus:
  -- distributed by key, or local to the coordinator).
  CREATE TABLE article_minhash (
    key        text COLLATE "C" PRIMARY KEY,
    ord        bigint NOT NULL,
    article_id text COLLATE "C" NOT NULL,
    signature  bytea NOT NULL,
    copy_of    text COLLATE "C",
    similarity real
  );
  CREATE INDEX article_minhash_article_id ON article_minhash (article_id);
  CREATE INDEX article_minhash_copy_of ON article_minhash (copy_of) WHERE copy_of IS NOT NULL;
  CREATE TABLE article_bands (
    band bigint NOT NULL,
    ord  bigint NOT NULL,
    key  text COLLATE "C" NOT NULL,
    PRIMARY KEY (band, ord, key)
  );
`;

/** An SQL condition on an article's id column: it is not a copy. */
export function isNotCopy(idColumn: string): string {
  return `NOT EXISTS (SELECT 1 FROM article_minhash m WHERE m.article_id = ${idColumn} AND m.copy_of IS NOT NULL)`;
}

const MAX_COPIES_LISTED = 100;

/**
 * After a batch is stored, inside its transaction: finds which of its articles are copies, in the
 * batch's order, with the SQLite store's rules (src/store/sqlite/duplicate-index.ts). The batch's
 * keys are locked by writeArticles; an article's candidates come from committed rows and the
 * batch's earlier articles. Writers of analysed articles (the only ones with signatures) hold the
 * stories' lock (assignStories, in writeArticles) until they commit, so two of them never index
 * at once and miss each other's articles.
 */
export async function indexDuplicates(
  client: PoolClient,
  batch: readonly (Article | AnnotatedArticle)[],
): Promise<void> {
  // What is stored under each key of the batch, read once: each key is indexed at most once below,
  // so this stays true until its turn, and a batch of articles without analysis costs one query.
  const { rows } = await client.query<{
    key: string;
    seq: string;
    id: string;
    indexed: string | null;
    ord: string | null;
    signature: Buffer | null;
  }>(
    `SELECT a.key, a.seq, a.id, m.article_id AS indexed, m.ord, m.signature FROM articles a
     LEFT JOIN article_minhash m ON m.key = a.key WHERE a.key = ANY($1)`,
    [[...new Set(batch.map((article) => article.key))]],
  );
  const storedByKey = new Map(rows.map((row) => [row.key, row]));
  const indexedKeys = new Set<string>();
  for (const article of batch) {
    const stored = storedByKey.get(article.key);
    // Not the stored version (a later one of the batch replaced it, or its id is stored under
    // another key), already indexed, or a repeat within the batch.
    if (!stored || stored.id !== article.id || stored.indexed === article.id) continue;
    if (indexedKeys.has(article.key)) continue;
    indexedKeys.add(article.key);
    const signature = 'minhash' in article && article.minhash ? decodeSignature(article.minhash) : undefined;
    if (stored.signature) {
      await client.query('DELETE FROM article_bands WHERE band = ANY($1::bigint[]) AND key = $2', [
        bandKeys(signatureFromBytes(stored.signature)),
        article.key,
      ]);
    }
    if (!signature && !stored.signature) continue;
    if (!signature) {
      await client.query('DELETE FROM article_minhash WHERE key = $1', [article.key]);
      await decideCopiesOf(client, article.key);
      continue;
    }
    const ord = stored.ord ?? stored.seq;
    await client.query(
      `INSERT INTO article_minhash (key, ord, article_id, signature) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE SET article_id = excluded.article_id, signature = excluded.signature`,
      [article.key, ord, article.id, signatureBytes(signature)],
    );
    await client.query(
      'INSERT INTO article_bands (band, ord, key) SELECT DISTINCT band, $2::bigint, $3 FROM unnest($1::bigint[]) AS band',
      [bandKeys(signature), ord, article.key],
    );
    await decide(client, article.key, ord, signature);
    await decideCopiesOf(client, article.key);
    await decideLaterOf(client, ord, signature);
  }
}

async function decide(client: PoolClient, key: string, ord: string, signature: Uint32Array): Promise<void> {
  const { rows } = await client.query<{ key: string; ord: string; signature: Buffer }>(
    `SELECT DISTINCT m.key, m.ord, m.signature FROM unnest($1::bigint[]) AS q (band)
     CROSS JOIN LATERAL (
       SELECT b.key FROM article_bands b WHERE b.band = q.band AND b.ord < $2 ORDER BY b.ord LIMIT $3
     ) AS c
     JOIN article_minhash m ON m.key = c.key`,
    [bandKeys(signature), ord, CANDIDATES_PER_BAND],
  );
  const original = chooseOriginal(
    signature,
    rows.map((row) => ({
      ref: row.key,
      order: Number(row.ord),
      signature: signatureFromBytes(row.signature),
    })),
  );
  await client.query('UPDATE article_minhash SET copy_of = $1, similarity = $2 WHERE key = $3', [
    original?.ref ?? null,
    original?.similarity ?? null,
    key,
  ]);
}

/** Compares again the articles that copy the one with this key: it has a new version, or none indexed. */
async function decideCopiesOf(client: PoolClient, key: string): Promise<void> {
  const { rows } = await client.query<{ key: string; ord: string; signature: Buffer }>(
    'SELECT key, ord, signature FROM article_minhash WHERE copy_of = $1 ORDER BY ord',
    [key],
  );
  for (const row of rows) await decide(client, row.key, row.ord, signatureFromBytes(row.signature));
}

/**
 * Compares again the articles stored after this one that share a band with it and copy nothing:
 * analysed before it (workers take jobs in any order), they found no original when indexed. Only
 * those similar enough to copy this one can decide otherwise now (`couldCopy`).
 */
async function decideLaterOf(client: PoolClient, ord: string, signature: Uint32Array): Promise<void> {
  const { rows } = await client.query<{ key: string; ord: string; signature: Buffer }>(
    `SELECT DISTINCT m.key, m.ord, m.signature FROM unnest($1::bigint[]) AS q (band)
     CROSS JOIN LATERAL (
       SELECT b.key FROM article_bands b JOIN article_minhash l ON l.key = b.key
       WHERE b.band = q.band AND b.ord > $2 AND l.copy_of IS NULL ORDER BY b.ord LIMIT $3
     ) AS c
     JOIN article_minhash m ON m.key = c.key`,
    [bandKeys(signature), ord, CANDIDATES_PER_BAND],
  );
  for (const row of rows) {
    const later = signatureFromBytes(row.signature);
    if (couldCopy(later, signature)) await decide(client, row.key, row.ord, later);
  }
}

/** What the article with this id copies, and which later articles copy it (each left out when none). */
export async function selectCopies(pool: Pool, id: string): Promise<{ copyOf?: CopyOf; copies?: CopyOf[] }> {
  const [copyOf, copies] = await Promise.all([
    pool.query<CopyOf>(
      `SELECT o.article_id AS id, m.similarity FROM article_minhash m
       JOIN article_minhash o ON o.key = m.copy_of WHERE m.article_id = $1`,
      [id],
    ),
    pool.query<CopyOf>(
      `SELECT c.article_id AS id, c.similarity FROM article_minhash m
       JOIN article_minhash c ON c.copy_of = m.key WHERE m.article_id = $1 ORDER BY c.ord LIMIT $2`,
      [id, MAX_COPIES_LISTED],
    ),
  ]);
  const original = copyOf.rows[0];
  return { ...(original && { copyOf: original }), ...(copies.rows.length > 0 && { copies: copies.rows }) };
}
