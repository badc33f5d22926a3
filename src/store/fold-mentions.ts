import { randomBytes } from 'node:crypto';
import type { EventQuadClass } from '../document/annotations.js';
import type { AggregateActor, AggregateEvent, AggregatePlace, MentionRef } from './aggregate-types.js';

/**
 * Mentions whose dates are at most this many days from the previous one of the same fold key
 * are one event (a chain: mentions on the 1st, 3rd and 5th are one event, on the 1st and 4th two).
 */
export const FOLD_WINDOW_DAYS = 2;

/** One stored event mention with what folding needs of it and of its article. */
export interface FoldMention {
  article_id: string;
  event_index: number;
  event_date: string | null;
  /** The article's source, URL and tone score. */
  article_source: string;
  article_url: string;
  tone: number | null;
  code: string;
  root_code: string;
  quad_class: number;
  source_actor: string | null;
  target_actor: string | null;
  source_country: string | null;
  target_country: string | null;
  source_name: string | null;
  target_name: string | null;
  goldstein: number;
  place_name: string | null;
  place_country: string | null;
  lat: number | null;
  lon: number | null;
}

const DAY_MS = 86_400_000;

/**
 * Folds the mentions of one fold key into aggregate events: sorted by date, a new event starts
 * where the gap to the previous mention exceeds `FOLD_WINDOW_DAYS`; undated mentions make one event
 * of their own. `previousIds` maps a mention (`articleId#index`) to the aggregate it was in, so
 * that an event keeps its id as mentions come and go; a new event gets a new random id.
 */
export function foldMentions(
  mentions: readonly FoldMention[],
  previousIds: ReadonlyMap<string, string>,
  now: string,
): AggregateEvent[] {
  const sorted = [...mentions].sort(
    (a, b) =>
      (a.event_date ?? '\uffff').localeCompare(b.event_date ?? '\uffff') ||
      a.article_id.localeCompare(b.article_id) ||
      a.event_index - b.event_index,
  );
  const groups: FoldMention[][] = [];
  let last: number | undefined;
  for (const mention of sorted) {
    const time = mention.event_date ? Date.parse(`${mention.event_date}T00:00:00Z`) : undefined;
    const group = groups.at(-1);
    const joins =
      group !== undefined &&
      (time === undefined
        ? group[0]?.event_date === null
        : last !== undefined && time - last <= FOLD_WINDOW_DAYS * DAY_MS);
    if (joins) group.push(mention);
    else groups.push([mention]);
    if (time !== undefined) last = time;
  }
  const taken = new Set<string>();
  return groups.map((group) => {
    const id = reusedId(group, previousIds, taken) ?? newId();
    taken.add(id);
    return aggregateOf(id, group, now);
  });
}

export function mentionKey(ref: MentionRef): string {
  return `${ref.articleId}#${ref.eventIndex}`;
}

function reusedId(
  group: readonly FoldMention[],
  previousIds: ReadonlyMap<string, string>,
  taken: ReadonlySet<string>,
): string | undefined {
  const votes = new Map<string, number>();
  for (const mention of group) {
    const id = previousIds.get(`${mention.article_id}#${mention.event_index}`);
    if (id !== undefined && !taken.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  return mostFrequent(votes);
}

/**
 * Random, not derived from the mentions: an id made from a key and a first mention could come back
 * for another event once that mention had moved, and overwrite it.
 */
function newId(): string {
  return `ng-${randomBytes(10).toString('hex')}`;
}

function aggregateOf(id: string, group: readonly FoldMention[], now: string): AggregateEvent {
  const first = group[0] as FoldMention;
  const code = mostFrequent(count(group.map((mention) => mention.code))) ?? first.code;
  const articles = new Map<string, FoldMention>();
  for (const mention of group)
    if (!articles.has(mention.article_id)) articles.set(mention.article_id, mention);
  const tones = [...articles.values()].flatMap((mention) => (mention.tone === null ? [] : [mention.tone]));
  const dates = group.flatMap((mention) => (mention.event_date ? [mention.event_date] : []));
  return {
    id,
    origin: 'newsgraph',
    source: actorOf(group, 'source'),
    target: actorOf(group, 'target'),
    isRootEvent: true,
    code,
    baseCode: code.slice(0, 3),
    rootCode: first.root_code,
    quadClass: first.quad_class as EventQuadClass,
    goldstein: mean(group.map((mention) => mention.goldstein)) ?? 0,
    numMentions: group.length,
    numSources: new Set(group.map((mention) => mention.article_source.toLowerCase())).size,
    numArticles: articles.size,
    tone: mean(tones),
    firstSeen: dates[0] ?? null,
    lastSeen: dates.at(-1) ?? null,
    dateAdded: now,
    place: placeOf(group),
    ...(first.article_url && { sourceUrl: first.article_url }),
    mentions: group.map((mention) => ({ articleId: mention.article_id, eventIndex: mention.event_index })),
    articleIds: [...articles.keys()],
  };
}

function actorOf(group: readonly FoldMention[], side: 'source' | 'target'): AggregateActor {
  const first = group[0] as FoldMention;
  const key = first[`${side}_actor`];
  const names = count(group.flatMap((mention) => mention[`${side}_name`] ?? []));
  return {
    code: key === null || key.startsWith('name:') ? null : key,
    name: mostFrequent(names) ?? null,
    country: group.find((mention) => mention[`${side}_country`] !== null)?.[`${side}_country`] ?? null,
  };
}

function placeOf(group: readonly FoldMention[]): AggregatePlace | null {
  const placed = group.filter((mention) => mention.place_name !== null && mention.lat !== null);
  const name = mostFrequent(count(placed.map((mention) => mention.place_name as string)));
  const mention = placed.find((candidate) => candidate.place_name === name);
  if (!mention || name === undefined) return null;
  return { name, country: mention.place_country, lat: mention.lat, lon: mention.lon };
}

function count(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The value counted most; ties go to the lowest in byte order. */
function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  return best?.[0];
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
