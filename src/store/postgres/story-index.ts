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

/**
 * Puts each article in a story, in the order given, inside the caller's transaction: the story
 * of its most similar article published within the window, or a story of its own. One lock for
 * every writer: an article's story depends on the stories of all the articles before it.
 */
export async function assignStories(client: PoolClient, written: readonly StoryArticle[]): Promise<void> {
  if (written.length === 0) return;
  await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('newsgraph stories', 0))`);
  const ids = written.map(({ article }) => article.id);
  await client.query('DELETE FROM story_articles WHERE article_id = ANY($1)', [ids]);
  await client.query('DELETE FROM story_features WHERE article_id = ANY($1)', [ids]);
  for (const { article, publishedMonth, seq } of written) {
    const features = storyFeatures(article);
    const weight = featuresWeight(features);
    const date = storyDate(article.publishedAt);
    let storyId: string | undefined;
    if (date) {
      const { from, to } = storyWindow(date);
      // Every article of the window that shares a feature, with the weight it shares.
      const { rows } = await client.query<StoryCandidate>(
        `SELECT s.story_id AS "storyId", sum(f.weight) AS shared, s.weight AS total
         FROM story_features f JOIN story_articles s ON s.article_id = f.article_id AND s.published_month = f.published_month
         WHERE f.feature = ANY($1) AND f.story_date BETWEEN $2 AND $3
         GROUP BY s.story_id, s.weight, s.seq ORDER BY s.seq`,
        [features, from, to],
      );
      storyId = chooseStory(weight, rows);
    }
    if (storyId === undefined) {
      const { rows } = await client.query<{ story_id: string }>(
        'SELECT DISTINCT story_id FROM story_articles WHERE story_id = $1 OR story_id LIKE $2',
        [article.id, `${article.id}-%`],
      );
      const taken = new Set(rows.map((row) => row.story_id));
      storyId = article.id;
      for (let n = 2; taken.has(storyId); n++) storyId = `${article.id}-${n}`;
    }
    await client.query(
      `INSERT INTO story_articles (article_id, published_month, seq, story_id, story_date, features, weight)
       VALUES ($1, $2::date, $3, $4, $5, $6, $7)`,
      [article.id, publishedMonth, seq, storyId, date, JSON.stringify(features), weight],
    );
    if (date && features.length > 0) {
      await client.query(
        `INSERT INTO story_features (article_id, published_month, feature, story_date, weight)
         SELECT $1, $2::date, feature, $3, weight FROM unnest($4::text[], $5::float8[]) AS f (feature, weight)`,
        [article.id, publishedMonth, date, features, features.map(featureWeight)],
      );
    }
  }
}
