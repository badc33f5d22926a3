import type { Story } from '../store/store.js';
import { bold, type Output } from './output.js';
import { plural } from './plural.js';

/** One story: its title, dates and size, then what its articles share most, and its id. */
export function formatStory(story: Story, rank: number, output: Output): string {
  const dates =
    story.firstSeen === null
      ? 'no date'
      : story.firstSeen === story.lastSeen
        ? story.firstSeen
        : `${story.firstSeen}..${story.lastSeen}`;
  const what = `${story.title}  (${plural(story.articles, 'article')}, ${dates})`;
  return [`${String(rank).padStart(3)}. ${bold(what, output)}`, `     ${storyLine(story)}`, ''].join('\n');
}

/** Its top actors and places, and its id: `ISRGOV, RUSMIL · Jerusalem · story 7f3a…`. */
export function storyLine(story: Story): string {
  const parts = [story.actors, story.places]
    .filter((facets) => facets.length > 0)
    .map((facets) => facets.map((facet) => facet.value).join(', '));
  return [...parts, `story ${story.id}`].join(' · ');
}
