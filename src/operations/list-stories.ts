import { z } from 'zod';
import type { Store, Story, StoryDetail, StoryList } from '../store/store.js';
import { parseQuery } from './parse-query.js';
import { isDateRange, isoDate, limit, offset } from './query-fields.js';

export const storyQuerySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    minArticles: z.coerce
      .number({ message: 'expected a whole number of articles' })
      .int({ message: 'expected a whole number of articles' })
      .min(1, { message: 'expected at least 1 article' })
      .optional(),
    limit,
    offset,
  })
  .refine(isDateRange, { message: '"from" is after "to"', path: ['from'] });

export type StoryFilters = z.input<typeof storyQuerySchema>;

/** Stories (articles about one happening), the latest last article first. */
export async function listStories(store: Store, filters: StoryFilters): Promise<StoryList> {
  return store.listStories(parseQuery('stories', storyQuerySchema, filters));
}

/** One story with its articles, oldest first; undefined when there is none of that id. */
export async function readStory(store: Store, id: string): Promise<StoryDetail | undefined> {
  return store.getStory(id.trim());
}

/** The story of a stored article (by id or unambiguous prefix); undefined when it has none. */
export async function readArticleStory(store: Store, articleId: string): Promise<Story | undefined> {
  const article = await store.getArticle(articleId);
  return article && store.getArticleStory(article.id);
}
