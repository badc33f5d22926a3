import type Database from 'better-sqlite3';
import type { AnnotatedArticle, CopyOf } from '../../document/annotations.js';
import type { Article } from '../../document/article.js';
import { bandKeys } from '../../stages/duplicates/band-keys.js';
import {
  decodeSignature,
  signatureBytes,
  signatureFromBytes,
} from '../../stages/duplicates/signature-text.js';
import { CANDIDATES_PER_BAND, type CopyCandidate, chooseOriginal, couldCopy } from '../choose-original.js';

/** The schema step that adds the index (appended to MIGRATIONS). */
export const DUPLICATE_INDEX_SCHEMA = `
  -- One row per article with a MinHash signature, by the article's seq (which a new version of it
  -- keeps, so "stored before" is a smaller seq), with the earlier article it copies; one row per
  -- band key of its signature (LSH), to find the earlier articles that share one.
  CREATE TABLE article_minhash (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL,
    signature  BLOB NOT NULL,
    copy_of    INTEGER,
    similarity REAL
  );
  CREATE INDEX article_minhash_copy_of ON article_minhash (copy_of) WHERE copy_of IS NOT NULL;
  -- No index by seq (it would double the table): an article's band rows are found again from its
  -- stored signature, and those of a deleted article are left, to be skipped as candidates.
  CREATE TABLE article_bands (
    band INTEGER NOT NULL,
    seq  INTEGER NOT NULL,
    PRIMARY KEY (band, seq)
  ) WITHOUT ROWID;
  CREATE TRIGGER article_minhash_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_minhash WHERE seq = old.seq;
    UPDATE article_minhash SET copy_of = NULL, similarity = NULL WHERE copy_of = old.seq;
  END;
`;

/** An SQL condition on an article's `seq` column: it is not a copy. */
export function isNotCopy(seqColumn: string): string {
  return `${seqColumn} NOT IN (SELECT seq FROM article_minhash WHERE copy_of IS NOT NULL)`;
}

export interface DuplicateIndex {
  /** After a batch is stored (inside its transaction): finds which of its articles are copies. */
  index(batch: readonly (Article | AnnotatedArticle)[]): void;
  /** What the article at `seq` copies, and which later articles copy it (each left out when none). */
  copiesOf(seq: number): { copyOf?: CopyOf; copies?: CopyOf[] };
}

const MAX_COPIES_LISTED = 100;

/**
 * The near-duplicate index of the SQLite store. Each article with a signature is compared with
 * the earlier articles that share a band key with it (the earliest few per key); the most similar
 * at 0.8 or more is its original. An article stored again unchanged keeps what it had; a new
 * version is compared again, and so are the articles that copied the old one (they may copy
 * another, or nothing, now).
 */
export function createDuplicateIndex(db: Database.Database): DuplicateIndex {
  const statements = {
    stored: db.prepare<[string], { seq: number; id: string }>('SELECT seq, id FROM articles WHERE key = ?'),
    row: db.prepare<[number], { id: string; signature: Buffer }>(
      'SELECT id, signature FROM article_minhash WHERE seq = ?',
    ),
    put: db.prepare(
      `INSERT INTO article_minhash (seq, id, signature) VALUES (?, ?, ?)
       ON CONFLICT (seq) DO UPDATE SET id = excluded.id, signature = excluded.signature`,
    ),
    remove: db.prepare('DELETE FROM article_minhash WHERE seq = ?'),
    removeBand: db.prepare('DELETE FROM article_bands WHERE band = ? AND seq = ?'),
    addBand: db.prepare('INSERT OR IGNORE INTO article_bands (band, seq) VALUES (?, ?)'),
    candidates: db.prepare<[number, number, number], { seq: number }>(
      'SELECT seq FROM article_bands WHERE band = ? AND seq < ? ORDER BY seq LIMIT ?',
    ),
    laterOriginals: db.prepare<[number, number, number], { seq: number; signature: Buffer }>(
      `SELECT b.seq, m.signature FROM article_bands b JOIN article_minhash m ON m.seq = b.seq
       WHERE b.band = ? AND b.seq > ? AND m.copy_of IS NULL ORDER BY b.seq LIMIT ?`,
    ),
    signature: db.prepare<[number], { signature: Buffer }>(
      'SELECT signature FROM article_minhash WHERE seq = ?',
    ),
    mark: db.prepare('UPDATE article_minhash SET copy_of = ?, similarity = ? WHERE seq = ?'),
    copies: db.prepare<[number], { seq: number; signature: Buffer }>(
      'SELECT seq, signature FROM article_minhash WHERE copy_of = ? ORDER BY seq',
    ),
    copyOf: db.prepare<[number], CopyOf>(
      `SELECT a.id, m.similarity FROM article_minhash m JOIN articles a ON a.seq = m.copy_of WHERE m.seq = ?`,
    ),
    listCopies: db.prepare<[number, number], CopyOf>(
      `SELECT a.id, m.similarity FROM article_minhash m JOIN articles a ON a.seq = m.seq
       WHERE m.copy_of = ? ORDER BY m.seq LIMIT ?`,
    ),
  };

  const decide = (seq: number, signature: Uint32Array): void => {
    const candidates = new Map<number, CopyCandidate<number>>();
    for (const band of bandKeys(signature)) {
      for (const { seq: earlier } of statements.candidates.all(band, seq, CANDIDATES_PER_BAND)) {
        if (candidates.has(earlier)) continue;
        const row = statements.signature.get(earlier);
        if (row)
          candidates.set(earlier, {
            ref: earlier,
            order: earlier,
            signature: signatureFromBytes(row.signature),
          });
      }
    }
    const original = chooseOriginal(signature, candidates.values());
    statements.mark.run(original?.ref ?? null, original?.similarity ?? null, seq);
  };

  const decideCopiesOf = (seq: number): void => {
    for (const copy of statements.copies.all(seq)) decide(copy.seq, signatureFromBytes(copy.signature));
  };

  // Articles stored after this one and analysed before it (workers take jobs in any order) found
  // no original when they were indexed: those sharing a band with it, and similar enough to copy
  // it, are compared again.
  const decideLaterOf = (seq: number, signature: Uint32Array): void => {
    const later = new Map<number, Buffer>();
    for (const band of bandKeys(signature)) {
      for (const row of statements.laterOriginals.all(band, seq, CANDIDATES_PER_BAND)) {
        later.set(row.seq, row.signature);
      }
    }
    for (const [laterSeq, bytes] of later) {
      const laterSignature = signatureFromBytes(bytes);
      if (couldCopy(laterSignature, signature)) decide(laterSeq, laterSignature);
    }
  };

  return {
    index(batch) {
      for (const article of batch) {
        const stored = statements.stored.get(article.key);
        // Not the stored version (a later one of the batch replaced it, or its id is stored under another key).
        if (!stored || stored.id !== article.id) continue;
        const row = statements.row.get(stored.seq);
        if (row?.id === article.id) continue;
        const signature =
          'minhash' in article && article.minhash ? decodeSignature(article.minhash) : undefined;
        if (row) {
          for (const band of bandKeys(signatureFromBytes(row.signature)))
            statements.removeBand.run(band, stored.seq);
        }
        if (!signature) {
          statements.remove.run(stored.seq);
          decideCopiesOf(stored.seq);
          continue;
        }
        statements.put.run(stored.seq, article.id, signatureBytes(signature));
        for (const band of bandKeys(signature)) statements.addBand.run(band, stored.seq);
        decide(stored.seq, signature);
        decideCopiesOf(stored.seq);
        decideLaterOf(stored.seq, signature);
      }
    },
    copiesOf(seq) {
      const copyOf = statements.copyOf.get(seq);
      const copies = statements.listCopies.all(seq, MAX_COPIES_LISTED);
      return { ...(copyOf && { copyOf }), ...(copies.length > 0 && { copies }) };
    },
  };
}
