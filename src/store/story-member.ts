import type { AnnotatedArticle } from '../document/annotations.js';
import { STORY_WINDOW_DAYS } from './story-features.js';

/** The ISO date of an article's publication, or null when it has none. */
export function storyDate(publishedAt: string): string | null {
  return /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : null;
}

/** The inclusive range of dates of the articles an article dated `date` may share a story with. */
export function storyWindow(date: string): { from: string; to: string } {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - STORY_WINDOW_DAYS);
  const from = day.toISOString().slice(0, 10);
  day.setUTCDate(day.getUTCDate() + 2 * STORY_WINDOW_DAYS);
  return { from, to: day.toISOString().slice(0, 10) };
}

/** Whether an article is analysed, and so belongs to a story. */
export function isAnalysed(article: object): article is AnnotatedArticle {
  return 'stages' in article;
}
