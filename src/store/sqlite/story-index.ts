import type Database from 'better-sqlite3';
import type { AnnotatedArticle } from '../../document/annotations.js';
import type { Article } from '../../document/article.js';
import { chooseStory, storyFeatures } from '../story-features.js';
import { isAnalysed, storyDate, storyWindow } from '../story-member.js';

/** Keeps `story_articles` in step with the articles, inside the caller's transaction. */
export interface StoryIndex {
  /**
   * Puts the article at `seq` in a story again: the story of its most similar article published
   * within the window, or a story of its own. An article without analysis leaves its story.
   */
  assign(seq: number | bigint, article: Article | AnnotatedArticle): void;
}

export function createStoryIndex(db: Database.Database): StoryIndex {
  const remove = db.prepare('DELETE FROM story_articles WHERE seq = ?');
  const candidates = db.prepare<[string, string], { story_id: string; features: string }>(
    'SELECT story_id, features FROM story_articles WHERE story_date BETWEEN ? AND ? ORDER BY seq',
  );
  const isTaken = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM story_articles WHERE story_id = ? LIMIT 1',
  );
  const insert = db.prepare(
    'INSERT INTO story_articles (seq, story_id, story_date, features) VALUES (?, ?, ?, ?)',
  );
  return {
    assign(seq, article) {
      remove.run(seq);
      if (!isAnalysed(article)) return;
      const features = storyFeatures(article);
      const date = storyDate(article.publishedAt);
      let storyId: string | undefined;
      if (date) {
        const { from, to } = storyWindow(date);
        const members = candidates
          .all(from, to)
          .map((row) => ({ storyId: row.story_id, features: JSON.parse(row.features) as string[] }));
        storyId = chooseStory(features, members);
      }
      if (storyId === undefined) {
        storyId = article.id;
        for (let n = 2; isTaken.get(storyId); n++) storyId = `${article.id}-${n}`;
      }
      insert.run(seq, storyId, date, JSON.stringify(features));
    },
  };
}
