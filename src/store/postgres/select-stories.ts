import type { Pool } from 'pg';
import type { StoryDetail, StoryList, StoryQuery } from '../store.js';
import { type StoryMemberRow, storiesOfMembers } from '../story-of-members.js';
import { QueryParameters } from './query-parameters.js';

const MEMBERS = `SELECT s.story_id, s.story_date, s.features, a.id, a.title, a.source, a.published_at, a.url
  FROM story_articles s JOIN articles a ON a.id = s.article_id AND a.published_month = s.published_month`;

/** Stories grouped from `story_articles`, latest last article first, then most articles. */
export async function selectStories(pool: Pool, query: StoryQuery): Promise<StoryList> {
  const parameters = new QueryParameters();
  const having: string[] = [];
  if (query.from) having.push(`max(story_date) >= ${parameters.add(query.from)}`);
  if (query.to) having.push(`max(story_date) <= ${parameters.add(query.to)}`);
  if (query.minArticles !== undefined) having.push(`count(*) >= ${parameters.add(query.minArticles)}`);
  const grouped = `SELECT story_id, max(story_date) AS last_seen, count(*) AS articles FROM story_articles
    GROUP BY story_id ${having.length > 0 ? `HAVING ${having.join(' AND ')}` : ''}`;
  const filterValues = [...parameters.values];
  const [count, page] = await Promise.all([
    pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM (${grouped}) AS g`, filterValues),
    pool.query<{ story_id: string }>(
      `${grouped} ORDER BY last_seen DESC NULLS LAST, articles DESC, story_id
       LIMIT ${parameters.add(query.limit ?? 20)} OFFSET ${parameters.add(query.offset ?? 0)}`,
      parameters.values,
    ),
  ]);
  const ids = page.rows.map((row) => row.story_id);
  const members = await pool.query<StoryMemberRow>(`${MEMBERS} WHERE s.story_id = ANY($1) ORDER BY s.seq`, [
    ids,
  ]);
  const stories = storiesOfMembers(members.rows);
  return { stories: ids.flatMap((id) => stories.get(id)?.story ?? []), total: count.rows[0]?.total ?? 0 };
}

export async function selectStory(pool: Pool, id: string): Promise<StoryDetail | undefined> {
  const { rows } = await pool.query<StoryMemberRow>(`${MEMBERS} WHERE s.story_id = $1 ORDER BY s.seq`, [id]);
  return storiesOfMembers(rows).get(id);
}

export async function selectStoryIdOfArticle(pool: Pool, articleId: string): Promise<string | undefined> {
  const { rows } = await pool.query<{ story_id: string }>(
    'SELECT story_id FROM story_articles WHERE article_id = $1',
    [articleId],
  );
  return rows[0]?.story_id;
}
