import { resolveUrl } from '../resolve-url.js';
import { buildFeedItem, type ItemDraft, type RawField } from './build-feed-item.js';
import type { Feed, FeedItem, FeedProblem } from './feed.js';
import { htmlToText } from './html-to-paragraphs.js';
import { mediaImage } from './media-image.js';
import { rawElementText } from './parse-xml.js';
import { textToHtml } from './text-to-html.js';
import {
  attribute,
  child,
  children,
  elementText,
  type NameIn,
  namesIn,
  type XmlElement,
} from './xml-element.js';

type AtomName = (local: string) => string[];

/** Atom 1.0's three types, and the MIME types Atom 0.3 wrote instead. */
const READABLE_TYPES = ['text', 'html', 'xhtml', 'text/plain', 'text/html', 'application/xhtml+xml'];

/**
 * Reads Atom 1.0, and Atom 0.3 where it differs only in names (`issued`, `modified`, content
 * `mode`). Relative links resolve against `xml:base` (the entry's, then the feed's), then the
 * feed's alternate link, then the feed's own URL.
 */
export function readAtom(root: XmlElement, feedUrl?: string): Feed {
  const nameIn = namesIn(root);
  const atom: AtomName = (local) => [local, ...nameIn('atom', local)];
  const feedBase = resolveUrl(attribute(root, 'xml:base'), feedUrl);
  const siteUrl = resolveUrl(alternateLink(children(root, atom('link'))), feedBase, feedUrl);
  const feedAuthors = authorsOf(root, atom);
  const problems: FeedProblem[] = [];
  const items: FeedItem[] = [];
  children(root, atom('entry')).forEach((entry, index) => {
    const entryBase = resolveUrl(attribute(entry, 'xml:base'), feedBase, siteUrl, feedUrl);
    const bases = [entryBase, feedBase, siteUrl, feedUrl];
    const item = buildFeedItem(
      entryDraft(entry, index, bases, atom, nameIn, feedAuthors, problems),
      problems,
    );
    if (item) items.push(item);
  });
  const feed: Feed = { format: 'atom', title: textConstruct(child(root, atom('title'))), items, problems };
  if (siteUrl) feed.url = siteUrl;
  return feed;
}

function entryDraft(
  entry: XmlElement,
  index: number,
  bases: Array<string | undefined>,
  atom: AtomName,
  nameIn: NameIn,
  feedAuthors: string[],
  problems: FeedProblem[],
): ItemDraft {
  const links = children(entry, atom('link'));
  const authors = authorsOf(entry, atom);
  const draft: ItemDraft = {
    index,
    bases,
    authors: authors.length > 0 ? authors : feedAuthors,
    categories: children(entry, atom('category')).map(
      (category) => attribute(category, 'label') || attribute(category, 'term') || elementText(category),
    ),
  };
  const id = elementText(child(entry, atom('id')));
  if (id) draft.id = id;
  const link = alternateLink(links);
  if (link) draft.link = { field: 'link', value: link };
  const title = child(entry, atom('title'));
  if (title) draft.title = { value: textConstruct(title), isHtml: false };
  const published = dateField(entry, atom, ['published', 'issued', 'created']);
  if (published) draft.published = published;
  const updated = dateField(entry, atom, ['updated', 'modified']);
  if (updated) draft.updated = updated;
  const summary = child(entry, atom('summary'));
  if (summary) {
    draft.summary = contentHtml(summary, 'summary', index, problems) ?? '';
  }
  const content = child(entry, atom('content'));
  const html = content && contentHtml(content, 'content', index, problems);
  if (html) draft.contentHtml = html;
  const image = mediaImage(entry, nameIn, links);
  if (image) draft.image = image;
  return draft;
}

/** The `href` of the `rel="alternate"` link (the default rel), an HTML one first; else of the first link. */
function alternateLink(links: XmlElement[]): string | undefined {
  const alternates = links.filter((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate');
  const html = alternates.find((link) => /html/.test(attribute(link, 'type') ?? 'text/html'));
  return attribute(html ?? alternates[0] ?? links[0], 'href');
}

function authorsOf(element: XmlElement, atom: AtomName): string[] {
  return children(element, atom('author')).map(
    (author) => elementText(child(author, atom('name'))) || elementText(child(author, atom('email'))),
  );
}

function dateField(entry: XmlElement, atom: AtomName, locals: string[]): RawField | undefined {
  for (const local of locals) {
    const value = elementText(child(entry, atom(local)));
    if (value) return { field: local, value };
  }
  return undefined;
}

/** An Atom text construct (`title`) as plain text, read by its `type`. */
function textConstruct(element: XmlElement | undefined): string {
  const type = attribute(element, 'type') ?? 'text';
  const text = elementText(element);
  return type === 'html' || type === 'xhtml' || attribute(element, 'mode') === 'escaped'
    ? htmlToText(text)
    : text.replace(/\s+/g, ' ').trim();
}

/**
 * `summary` or `content` as HTML: `html` and `xhtml` (Atom 0.3: mode `escaped` and `xml`) as they
 * are, `text` escaped into paragraphs. Content of another media type, or base64, or given by
 * `src` only, is left out with a problem.
 */
function contentHtml(
  element: XmlElement,
  field: string,
  index: number,
  problems: FeedProblem[],
): string | undefined {
  const type = attribute(element, 'type') ?? 'text';
  const mode = attribute(element, 'mode');
  const src = attribute(element, 'src');
  if (src !== undefined || mode === 'base64' || !READABLE_TYPES.includes(type)) {
    const what =
      src !== undefined ? 'given by reference (src)' : `of type "${type}"${mode ? `, mode "${mode}"` : ''}`;
    problems.push({ item: index, field, message: `${field} ${what} is not read` });
    return undefined;
  }
  const text = rawElementText(elementText(element));
  const isText = (type === 'text' || type === 'text/plain') && mode !== 'escaped' && mode !== 'xml';
  return isText ? textToHtml(text) : text;
}
