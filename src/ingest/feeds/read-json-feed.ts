import { InputError } from '../input-error.js';
import { locateJsonError } from '../locate-json-error.js';
import { resolveUrl } from '../resolve-url.js';
import { buildFeedItem, type ItemDraft } from './build-feed-item.js';
import type { Feed, FeedItem, FeedProblem } from './feed.js';
import { textToHtml } from './text-to-html.js';

type JsonObject = Record<string, unknown>;

/**
 * Reads JSON Feed 1.0 and 1.1. The feed must be a JSON object with an `items` array; a key of the
 * wrong type in an item is a problem on that item and is left out. Relative URLs resolve against
 * `home_page_url`, then the feed's own URL.
 */
export function readJsonFeed(text: string, feedUrl?: string): Feed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const offset = locateJsonError(text);
    throw new InputError('not valid JSON', { line: text.slice(0, offset).split('\n').length });
  }
  if (!isObject(json)) throw new InputError('not a JSON Feed: not a JSON object');
  if (!Array.isArray(json.items)) {
    throw new InputError('not a JSON Feed: no "items" array', { field: 'items' });
  }
  const problems: FeedProblem[] = [];
  const read = reader(problems);
  const version = read.string(json, 'version');
  if (!version?.startsWith('https://jsonfeed.org/version/')) {
    problems.push({
      field: 'version',
      message: 'no JSON Feed version (https://jsonfeed.org/version/1.1); read as one',
    });
  }
  const siteUrl = resolveUrl(read.string(json, 'home_page_url'), feedUrl);
  const feedAuthors = read.authors(json);
  const items: FeedItem[] = [];
  json.items.forEach((value, index) => {
    if (!isObject(value)) {
      problems.push({ item: index, message: 'item skipped: not a JSON object' });
      return;
    }
    const item = buildFeedItem(
      itemDraft(value, index, [siteUrl, feedUrl], feedAuthors, reader(problems, index)),
      problems,
    );
    if (item) items.push(item);
  });
  const feed: Feed = { format: 'json', title: read.string(json, 'title') ?? '', items, problems };
  if (siteUrl) feed.url = siteUrl;
  return feed;
}

function itemDraft(
  json: JsonObject,
  index: number,
  bases: Array<string | undefined>,
  feedAuthors: string[],
  read: ReturnType<typeof reader>,
): ItemDraft {
  const authors = read.authors(json);
  const draft: ItemDraft = {
    index,
    bases,
    authors: authors.length > 0 ? authors : feedAuthors,
    categories: read.strings(json, 'tags'),
  };
  const id = json.id;
  if (typeof id === 'string' || typeof id === 'number') draft.id = String(id);
  else if (id !== undefined && id !== null) read.wrongType('id', 'a string');
  for (const [key, target] of [
    ['url', 'link'],
    ['date_published', 'published'],
    ['date_modified', 'updated'],
    ['image', 'image'],
  ] as const) {
    const value = read.string(json, key);
    if (value) draft[target] = { field: key, value };
  }
  if (!draft.image) {
    const attachment = read
      .objects(json, 'attachments')
      .find((each) => typeof each.mime_type === 'string' && each.mime_type.startsWith('image/'));
    if (typeof attachment?.url === 'string') draft.image = { field: 'attachments', value: attachment.url };
  }
  const title = read.string(json, 'title');
  if (title) draft.title = { value: title, isHtml: true };
  const summary = read.string(json, 'summary');
  if (summary) Object.assign(draft, { summary, summaryIsText: true });
  const html = read.string(json, 'content_html');
  const text = read.string(json, 'content_text');
  if (html) draft.contentHtml = html;
  else if (text) draft.contentHtml = textToHtml(text);
  if (!summary && !html && text) Object.assign(draft, { summary: text, summaryIsText: true });
  return draft;
}

/** Typed reads of JSON keys; a key of the wrong type is a problem and reads as absent. */
function reader(problems: FeedProblem[], item?: number) {
  const wrongType = (field: string, expected: string) =>
    problems.push({
      ...(item === undefined ? {} : { item }),
      field,
      message: `"${field}" is not ${expected}`,
    });
  const string = (json: JsonObject, key: string): string | undefined => {
    const value = json[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    wrongType(key, 'a string');
    return undefined;
  };
  const objects = (json: JsonObject, key: string): JsonObject[] => {
    const value = json[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value.filter(isObject);
    wrongType(key, 'an array');
    return [];
  };
  const strings = (json: JsonObject, key: string): string[] => {
    const value = json[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value.filter((each): each is string => typeof each === 'string');
    wrongType(key, 'an array of strings');
    return [];
  };
  // 1.1 has `authors`; 1.0 had one `author`.
  const authors = (json: JsonObject): string[] => {
    const single = isObject(json.author) ? [json.author] : [];
    return [...objects(json, 'authors'), ...single]
      .map((author) => author.name)
      .filter((name): name is string => typeof name === 'string');
  };
  return { string, strings, objects, authors, wrongType };
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
