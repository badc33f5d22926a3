import type { PoolClient } from 'pg';
import type { AnnotatedArticle } from '../../document/annotations.js';
import {
  chooseStory,
  featuresWeight,
  featureWeight,
  type StoryCandidate,
  storyFeatures,
} from '../story-features.js';
import { storyDate, storyWindow } from '../story-member.js';

/** An analysed article just written, with the month its rows are stored under. */
export interface StoryArticle {
  article: AnnotatedArticle;
  publishedMonth: string;
  seq: string;
}

interface Assignment extends StoryArticle {
  features: string[];
  weight: number;
  date: string | null;
  storyId: string;
}

/**
 * Puts each article in a story, in the order given, inside the caller's transaction: the story
 * of its most similar article published within the window, or a story of its own. One lock for
 * every writer, since an article's story depends on the stories of all the articles before it; and
 * a few statements for the whole batch: the stored candidates of every article in one query, the
 * batch's own articles compared in memory, the rows written at once.
 */
export async function assignStories(client: PoolClient, written: readonly StoryArticle[]): Promise<void> {
  if (written.length === 0) return;
  await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('newsgraph stories', 0))`);
  const ids = written.map(({ article }) => article.id);
  await client.query('DELETE FROM story_articles WHERE article_id = ANY($1)', [ids]);
  await client.query('DELETE FROM story_features WHERE article_id = ANY($1)', [ids]);
  const prepared = written.map((entry) => {
    const features = storyFeatures(entry.article);
    return {
      ...entry,
      features,
      weight: featuresWeight(features),
      date: storyDate(entry.article.publishedAt),
    };
  });
  const stored = await storedCandidates(client, prepared);
  const taken = await takenStoryIds(client, ids);
  const assigned: Assignment[] = [];
  prepared.forEach((entry, index) => {
    let storyId: string | undefined;
    if (entry.date) {
      const { from, to } = storyWindow(entry.date);
      const earlier = assigned.flatMap((other): StoryCandidate[] =>
        other.date && other.date >= from && other.date <= to
          ? [
              {
                storyId: other.storyId,
                shared: featuresWeight(entry.features.filter((feature) => other.features.includes(feature))),
                total: other.weight,
              },
            ]
          : [],
      );
      storyId = chooseStory(entry.weight, [...(stored.get(index) ?? []), ...earlier]);
    }
    if (storyId === undefined) {
      storyId = entry.article.id;
      for (let n = 2; taken.has(storyId); n++) storyId = `${entry.article.id}-${n}`;
    }
    taken.add(storyId);
    assigned.push({ ...entry, storyId });
  });
  await client.query(
    `INSERT INTO story_articles (article_id, published_month, seq, story_id, story_date, features, weight)
     SELECT * FROM unnest($1::text[], $2::date[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::float8[])`,
    [
      assigned.map((entry) => entry.article.id),
      assigned.map((entry) => entry.publishedMonth),
      assigned.map((entry) => entry.seq),
      assigned.map((entry) => entry.storyId),
      assigned.map((entry) => entry.date),
      assigned.map((entry) => JSON.stringify(entry.features)),
      assigned.map((entry) => entry.weight),
    ],
  );
  const features = assigned.flatMap((entry) =>
    entry.date ? entry.features.map((feature) => ({ entry, feature, date: entry.date as string })) : [],
  );
  if (features.length === 0) return;
  await client.query(
    `INSERT INTO story_features (article_id, published_month, feature, story_date, weight)
     SELECT * FROM unnest($1::text[], $2::date[], $3::text[], $4::text[], $5::float8[])`,
    [
      features.map(({ entry }) => entry.article.id),
      features.map(({ entry }) => entry.publishedMonth),
      features.map(({ feature }) => feature),
      features.map(({ date }) => date),
      features.map(({ feature }) => featureWeight(feature)),
    ],
  );
}

/**
 * For each dated article of the batch (by its index), the stored articles of its window that
 * share a feature with it, with the weight they share, oldest stored first.
 */
async function storedCandidates(
  client: PoolClient,
  prepared: readonly { features: string[]; date: string | null }[],
): Promise<Map<number, StoryCandidate[]>> {
  const probes = prepared.flatMap((entry, index) => {
    if (!entry.date) return [];
    const { from, to } = storyWindow(entry.date);
    return entry.features.map((feature) => ({ index, feature, from, to }));
  });
  const candidates = new Map<number, StoryCandidate[]>();
  if (probes.length === 0) return candidates;
  const { rows } = await client.query<StoryCandidate & { index: number }>(
    `SELECT p.index, s.story_id AS "storyId", sum(f.weight) AS shared, s.weight AS total
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS p (index, feature, date_from, date_to)
     JOIN story_features f ON f.feature = p.feature AND f.story_date BETWEEN p.date_from AND p.date_to
     JOIN story_articles s ON s.article_id = f.article_id AND s.published_month = f.published_month
     GROUP BY p.index, s.story_id, s.weight, s.seq ORDER BY p.index, s.seq`,
    [
      probes.map((probe) => probe.index),
      probes.map((probe) => probe.feature),
      probes.map((probe) => probe.from),
      probes.map((probe) => probe.to),
    ],
  );
  for (const { index, ...candidate } of rows) {
    candidates.set(index, [...(candidates.get(index) ?? []), candidate]);
  }
  return candidates;
}

/** The story ids already given to these articles' ids (a story keeps the id of its founder). */
async function takenStoryIds(client: PoolClient, ids: readonly string[]): Promise<Set<string>> {
  const { rows } = await client.query<{ story_id: string }>(
    // The id itself and its `-2`, `-3`...: the range up to the id and '.', the character after '-'.
    `SELECT DISTINCT s.story_id FROM unnest($1::text[]) AS i (id)
     JOIN story_articles s ON s.story_id >= i.id AND s.story_id < i.id || '.'`,
    [ids],
  );
  return new Set(rows.map((row) => row.story_id));
}
