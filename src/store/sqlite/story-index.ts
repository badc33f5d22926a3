import type Database from 'better-sqlite3';
import type { AnnotatedArticle } from '../../document/annotations.js';
import type { Article } from '../../document/article.js';
import {
  chooseStory,
  featuresWeight,
  featureWeight,
  type StoryCandidate,
  storyFeatures,
} from '../story-features.js';
import { isAnalysed, storyDate, storyWindow } from '../story-member.js';

/** Keeps `story_articles` and `story_features` in step with the articles, inside the caller's transaction. */
export interface StoryIndex {
  /**
   * Puts the article at `seq` in a story again: the story of its most similar article published
   * within the window, or a story of its own. An article without analysis leaves its story.
   */
  assign(seq: number | bigint, article: Article | AnnotatedArticle): void;
}

export function createStoryIndex(db: Database.Database): StoryIndex {
  const remove = db.prepare('DELETE FROM story_articles WHERE seq = ?');
  const removeFeatures = db.prepare('DELETE FROM story_features WHERE seq = ?');
  // Every article of the window that shares a feature, with the weight it shares: one index
  // range per feature, and no article's features read whole.
  const candidates = db.prepare<{ features: string; from: string; to: string }, StoryCandidate>(
    `SELECT s.story_id AS storyId, sum(f.weight) AS shared, s.weight AS total
     FROM story_features f JOIN story_articles s ON s.seq = f.seq
     WHERE f.feature IN (SELECT value FROM json_each(@features)) AND f.story_date BETWEEN @from AND @to
     GROUP BY f.seq ORDER BY f.seq`,
  );
  const isTaken = db.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM story_articles WHERE story_id = ? LIMIT 1',
  );
  const insert = db.prepare(
    'INSERT INTO story_articles (seq, story_id, story_date, features, weight) VALUES (?, ?, ?, ?, ?)',
  );
  const insertFeature = db.prepare(
    'INSERT INTO story_features (feature, story_date, seq, weight) VALUES (?, ?, ?, ?)',
  );
  return {
    assign(seq, article) {
      remove.run(seq);
      removeFeatures.run(seq);
      if (!isAnalysed(article)) return;
      const features = storyFeatures(article);
      const weight = featuresWeight(features);
      const date = storyDate(article.publishedAt);
      let storyId: string | undefined;
      if (date) {
        const { from, to } = storyWindow(date);
        storyId = chooseStory(weight, candidates.all({ features: JSON.stringify(features), from, to }));
      }
      if (storyId === undefined) {
        storyId = article.id;
        for (let n = 2; isTaken.get(storyId); n++) storyId = `${article.id}-${n}`;
      }
      insert.run(seq, storyId, date, JSON.stringify(features), weight);
      if (date) for (const feature of features) insertFeature.run(feature, date, seq, featureWeight(feature));
    },
  };
}
