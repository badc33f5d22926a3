import type { PoolClient } from 'pg';
import type { AnnotatedArticle } from '../../document/annotations.js';
import { chooseStory, storyFeatures } from '../story-features.js';
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
  await client.query('DELETE FROM story_articles WHERE article_id = ANY($1)', [
    written.map(({ article }) => article.id),
  ]);
  for (const { article, publishedMonth, seq } of written) {
    const features = storyFeatures(article);
    const date = storyDate(article.publishedAt);
    let storyId: string | undefined;
    if (date) {
      const { from, to } = storyWindow(date);
      const { rows } = await client.query<{ story_id: string; features: string }>(
        'SELECT story_id, features FROM story_articles WHERE story_date BETWEEN $1 AND $2 ORDER BY seq',
        [from, to],
      );
      storyId = chooseStory(
        features,
        rows.map((row) => ({ storyId: row.story_id, features: JSON.parse(row.features) as string[] })),
      );
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
      `INSERT INTO story_articles (article_id, published_month, seq, story_id, story_date, features)
       VALUES ($1, $2::date, $3, $4, $5, $6)`,
      [article.id, publishedMonth, seq, storyId, date, JSON.stringify(features)],
    );
  }
}
