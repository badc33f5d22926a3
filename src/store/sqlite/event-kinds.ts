/**
 * Which QuadClasses and CAMEO root codes an article's events have, as bits of one integer on its
 * `article_filters` row: bits 0-3 for QuadClass 1-4, bits 4-23 for root codes 01-20. The
 * browser's QuadClass and root filters test the row itself instead of listing the article's
 * events: on 100,000 articles, counting and ordering those with a QuadClass-4 event measured
 * 155 ms through the events table and 8 ms through the bits.
 */

/** The bit of the QuadClass (1-4), or of the root code (`01`-`20`); undefined for other values. */
export function quadBit(quad: number): number | undefined {
  return Number.isInteger(quad) && quad >= 1 && quad <= 4 ? 1 << (quad - 1) : undefined;
}

export function rootBit(root: string): number | undefined {
  if (!/^\d\d$/.test(root)) return undefined;
  const code = Number(root);
  return code >= 1 && code <= 20 ? 1 << (code + 3) : undefined;
}

/**
 * An event row's bits as SQL. Its QuadClass and root code each set one bit, and a sum of
 * distinct powers of two is their OR; a root code outside 01-20 sets none.
 */
const QUAD_BIT_SQL = (row: string) =>
  `CASE WHEN ${row}.quad_class BETWEEN 1 AND 4 THEN 1 << (${row}.quad_class - 1) ELSE 0 END`;
const ROOT_BIT_SQL = (row: string) =>
  `CASE WHEN ${row}.root_code GLOB '[0-2][0-9]' AND CAST(${row}.root_code AS INTEGER) BETWEEN 1 AND 20
     THEN 1 << (CAST(${row}.root_code AS INTEGER) + 3) ELSE 0 END`;

/** The bits of the article at `seq`, from its events. */
const bitsOf = (seq: string) =>
  `coalesce((SELECT sum(DISTINCT ${QUAD_BIT_SQL('k')}) FROM events k WHERE k.seq = ${seq}), 0)
   + coalesce((SELECT sum(DISTINCT ${ROOT_BIT_SQL('k')}) FROM events k WHERE k.seq = ${seq}), 0)`;

/**
 * The schema step: the column, filled for the articles stored already, and triggers that keep it
 * in step with the events table (an inserted event adds its bits; a deleted one has the article's
 * bits counted again from the events left, a few rows by the events' key).
 */
export const EVENT_KINDS_SCHEMA = `
  ALTER TABLE article_filters ADD COLUMN event_kinds INTEGER NOT NULL DEFAULT 0;
  UPDATE article_filters SET event_kinds = ${bitsOf('article_filters.seq')}
    WHERE seq IN (SELECT seq FROM events);
  CREATE TRIGGER article_event_kinds_insert AFTER INSERT ON events BEGIN
    UPDATE article_filters SET event_kinds = event_kinds | ${QUAD_BIT_SQL('new')} | ${ROOT_BIT_SQL('new')}
    WHERE seq = new.seq;
  END;
  CREATE TRIGGER article_event_kinds_delete AFTER DELETE ON events BEGIN
    UPDATE article_filters SET event_kinds = ${bitsOf('old.seq')} WHERE seq = old.seq;
  END;
`;
