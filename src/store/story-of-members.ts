import type { Story } from './aggregate-types.js';
import type { ArticleSummary, FacetCount } from './store.js';
import { featureValue } from './story-features.js';

/** An article of a story as a store reads it back. */
export interface StoryMemberRow {
  story_id: string;
  story_date: string | null;
  features: string;
  id: string;
  title: string;
  source: string;
  published_at: string;
  url: string;
}

const TOP = 5;

/**
 * Stories from their articles' rows, in the order the rows first name them; each story's
 * articles oldest first (undated last, then in the order given).
 */
export function storiesOfMembers(
  rows: readonly StoryMemberRow[],
): Map<string, { story: Story; articles: ArticleSummary[] }> {
  const groups = new Map<string, StoryMemberRow[]>();
  for (const row of rows) groups.set(row.story_id, [...(groups.get(row.story_id) ?? []), row]);
  const stories = new Map<string, { story: Story; articles: ArticleSummary[] }>();
  for (const [id, members] of groups) {
    const sorted = [...members].sort((a, b) =>
      (a.story_date ?? '\uffff').localeCompare(b.story_date ?? '\uffff'),
    );
    const dates = sorted.flatMap((member) => (member.story_date ? [member.story_date] : []));
    const features = sorted.flatMap((member) => JSON.parse(member.features) as string[]);
    stories.set(id, {
      story: {
        id,
        title: sorted[0]?.title ?? '',
        firstSeen: dates[0] ?? null,
        lastSeen: dates.at(-1) ?? null,
        articles: sorted.length,
        actors: top(features, 'a:'),
        places: top(features, 'p:'),
      },
      articles: sorted.map((member) => ({
        id: member.id,
        title: member.title,
        source: member.source,
        publishedAt: member.published_at,
        url: member.url,
      })),
    });
  }
  return stories;
}

/** The values of one kind of feature in most articles, then in byte order. */
function top(features: readonly string[], kind: string): FacetCount[] {
  const counts = new Map<string, number>();
  for (const feature of features) {
    if (feature.startsWith(kind))
      counts.set(featureValue(feature), (counts.get(featureValue(feature)) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP)
    .map(([value, count]) => ({ value, count }));
}
