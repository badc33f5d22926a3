import type { StoryDetail, StoryList, StoryQuery } from '../store.js';
import { type StoryMemberRow, storiesOfMembers } from '../story-of-members.js';
import type { Parameters, PrepareStatement } from './select-events.js';

const MEMBERS = `SELECT s.story_id, s.story_date, s.features, a.id, a.title, a.source, a.published_at, a.url
  FROM story_articles s JOIN articles a ON a.seq = s.seq`;

/** Stories grouped from `story_articles`, latest last article first, then most articles. */
export function selectStories(prepare: PrepareStatement, query: StoryQuery): StoryList {
  const having: string[] = [];
  const parameters: Parameters = {};
  if (query.from) {
    having.push('max(story_date) >= @from');
    parameters.from = query.from;
  }
  if (query.to) {
    having.push('max(story_date) <= @to');
    parameters.to = query.to;
  }
  if (query.minArticles !== undefined) {
    having.push('count(*) >= @minArticles');
    parameters.minArticles = query.minArticles;
  }
  const grouped = `SELECT story_id, max(story_date) AS last_seen, count(*) AS articles FROM story_articles
    GROUP BY story_id ${having.length > 0 ? `HAVING ${having.join(' AND ')}` : ''}`;
  const total =
    prepare<{ total: number }>(`SELECT count(*) AS total FROM (${grouped})`).get(parameters)?.total ?? 0;
  const ids = prepare<{ story_id: string }>(
    `${grouped} ORDER BY last_seen IS NULL, last_seen DESC, articles DESC, story_id LIMIT @limit OFFSET @offset`,
  )
    .all({ ...parameters, limit: query.limit ?? 20, offset: query.offset ?? 0 })
    .map((row) => row.story_id);
  const members = prepare<StoryMemberRow>(
    `${MEMBERS} WHERE s.story_id IN (SELECT value FROM json_each(@ids)) ORDER BY s.seq`,
  ).all({ ids: JSON.stringify(ids) });
  const stories = storiesOfMembers(members);
  return { stories: ids.flatMap((id) => stories.get(id)?.story ?? []), total };
}

export function selectStory(prepare: PrepareStatement, id: string): StoryDetail | undefined {
  const members = prepare<StoryMemberRow>(`${MEMBERS} WHERE s.story_id = @id ORDER BY s.seq`).all({ id });
  return storiesOfMembers(members).get(id);
}

export function selectStoryIdOfArticle(prepare: PrepareStatement, articleId: string): string | undefined {
  return prepare<{ story_id: string }>(
    'SELECT s.story_id FROM story_articles s JOIN articles a ON a.seq = s.seq WHERE a.id = @articleId',
  ).get({ articleId })?.story_id;
}
