import { resolveUrl } from '../resolve-url.js';
import { buildFeedItem, type ItemDraft, type RawField } from './build-feed-item.js';
import type { Feed, FeedItem, FeedProblem } from './feed.js';
import { htmlToText } from './html-to-paragraphs.js';
import { mediaImage } from './media-image.js';
import { rawElementText } from './parse-xml.js';
import {
  attribute,
  child,
  children,
  elementText,
  type NameIn,
  namesIn,
  type XmlElement,
} from './xml-element.js';

/**
 * Reads RSS 0.91, 0.92 and 2.0 (`<rss><channel><item>`) and RSS 1.0 (`<rdf:RDF>` with `channel`
 * and `item` side by side), with the content, Dublin Core and Media RSS modules. Relative links
 * resolve against the channel's link, then against the feed's own URL.
 */
export function readRss(root: XmlElement, format: 'rss' | 'rdf', feedUrl?: string): Feed {
  const nameIn = namesIn(root);
  const rss1 = (local: string) => [local, ...nameIn('rss1', local)];
  const channel = format === 'rss' ? child(root, 'channel') : child(root, rss1('channel'));
  const itemElements =
    format === 'rss'
      ? children(channel, 'item')
      : [...children(root, rss1('item')), ...children(channel, rss1('item'))];
  const siteUrl = resolveUrl(elementText(child(channel, rss1('link'))), feedUrl);
  const problems: FeedProblem[] = [];
  const items: FeedItem[] = [];
  itemElements.forEach((element, index) => {
    const item = buildFeedItem(rssItemDraft(element, index, nameIn, rss1, [siteUrl, feedUrl]), problems);
    if (item) items.push(item);
  });
  const feed: Feed = {
    format,
    title: htmlToText(elementText(child(channel, [...rss1('title'), ...nameIn('dc', 'title')]))),
    items,
    problems,
  };
  if (siteUrl) feed.url = siteUrl;
  return feed;
}

function rssItemDraft(
  element: XmlElement,
  index: number,
  nameIn: NameIn,
  rss1: (local: string) => string[],
  bases: Array<string | undefined>,
): ItemDraft {
  const guid = child(element, 'guid');
  const guidText = elementText(guid);
  const about = attribute(element, 'rdf:about');
  const linkText = elementText(child(element, rss1('link')));
  // A guid is the item's permalink unless it says otherwise (RSS 2.0).
  const permalink = attribute(guid, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(guidText);
  const link = linkText ? field('link', linkText) : permalink ? field('guid', guidText) : undefined;
  const title = elementText(child(element, [...rss1('title'), ...nameIn('dc', 'title')]));
  const description = child(element, rss1('description'));
  const encoded = child(element, nameIn('content', 'encoded'));
  const draft: ItemDraft = {
    index,
    bases,
    authors: [
      ...children(element, 'author').map((author) => authorName(elementText(author))),
      ...children(element, nameIn('dc', 'creator')).map(elementText),
    ],
    categories: [...children(element, 'category'), ...children(element, nameIn('dc', 'subject'))].map(
      elementText,
    ),
  };
  const id = guidText || about;
  if (id) draft.id = id;
  if (link) draft.link = link;
  if (title) draft.title = { value: title, isHtml: true };
  const published = dateField(element, ['pubDate', ...nameIn('dc', 'date')]);
  if (published) draft.published = published;
  const summary = description && rawElementText(elementText(description));
  if (summary) draft.summary = summary;
  const contentHtml = encoded && rawElementText(elementText(encoded));
  if (contentHtml) draft.contentHtml = contentHtml;
  const image = mediaImage(element, nameIn);
  if (image) draft.image = image;
  return draft;
}

function dateField(element: XmlElement, names: string[]): RawField | undefined {
  for (const name of names) {
    const value = elementText(child(element, name));
    if (value) return field(name, value);
  }
  return undefined;
}

function field(name: string, value: string): RawField {
  return { field: name, value };
}

/** `jane@example.com (Jane Doe)` is Jane Doe; a bare address stays as it is. */
function authorName(text: string): string {
  return /^\S+@\S+\s*\((.+)\)$/.exec(text)?.[1] ?? text;
}
