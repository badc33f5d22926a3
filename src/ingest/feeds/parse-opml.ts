import { InputError } from '../input-error.js';
import { resolveUrl } from '../resolve-url.js';
import { checkFeedSize } from './parse-feed.js';
import { parseXml } from './parse-xml.js';
import { attribute, children, type XmlElement } from './xml-element.js';

/** One feed of a subscription list. */
export interface OpmlFeed {
  /** The feed's address (`xmlUrl`), absolute http(s), normalized as the URL parser writes it. */
  url: string;
  /** `title`, else `text`. */
  title?: string;
  /** The site's address (`htmlUrl`), when it is an absolute http(s) URL. */
  siteUrl?: string;
  /** The titles of the outlines it is nested in, joined by ` / `; else its `category` attribute. */
  category?: string;
}

/** An outline that was left out (bad or repeated URL), or a document-level problem. */
export interface OpmlProblem {
  /** 1-based position of the outline among all outlines, in document order; absent for the document. */
  outline?: number;
  title?: string;
  message: string;
}

export interface OpmlList {
  /** Each feed once, in document order, nested outlines flattened. */
  feeds: OpmlFeed[];
  problems: OpmlProblem[];
}

/**
 * Reads an OPML subscription list. Outlines with an `xmlUrl` are feeds; outlines without one that
 * hold others are folders, and name the category of what is inside. A feed URL that is not an
 * absolute http(s) URL, or that came before, is left out with a problem.
 */
export function parseOpml(text: string): OpmlList {
  checkFeedSize(text);
  const document = parseXml(text);
  if (document.rootName !== 'opml') {
    throw new InputError(`not an OPML file: the root element is <${document.rootName}>, not <opml>`);
  }
  const body = children(document.root, 'body')[0];
  if (!body) throw new InputError('not an OPML file: it has no <body>');
  const list: OpmlList = { feeds: [], problems: [] };
  if (document.malformed) {
    const { line, message } = document.malformed;
    list.problems.push({ message: `not well-formed XML (line ${line}: ${message}); read leniently` });
  }
  const seen = new Map<string, number>();
  let position = 0;
  const walk = (outlines: XmlElement[], folders: string[]) => {
    for (const outline of outlines) {
      position++;
      const title = attribute(outline, 'title') || attribute(outline, 'text') || undefined;
      const xmlUrl = attributeIgnoringCase(outline, 'xmlUrl');
      if (xmlUrl !== undefined) addFeed(outline, xmlUrl, title, folders);
      const inner = children(outline, 'outline');
      if (inner.length > 0) walk(inner, title ? [...folders, title] : folders);
    }
  };
  const addFeed = (outline: XmlElement, xmlUrl: string, title: string | undefined, folders: string[]) => {
    const where = title === undefined ? { outline: position } : { outline: position, title };
    const url = resolveUrl(xmlUrl);
    if (!url) {
      list.problems.push({ ...where, message: `feed URL "${xmlUrl}" is not an absolute http(s) URL` });
      return;
    }
    const first = seen.get(url);
    if (first !== undefined) {
      list.problems.push({ ...where, message: `feed ${url} is listed already (outline ${first})` });
      return;
    }
    seen.set(url, position);
    const feed: OpmlFeed = { url };
    if (title) feed.title = title;
    const siteUrl = resolveUrl(attributeIgnoringCase(outline, 'htmlUrl'));
    if (siteUrl) feed.siteUrl = siteUrl;
    const category = folders.length > 0 ? folders.join(' / ') : firstCategory(attribute(outline, 'category'));
    if (category) feed.category = category;
    list.feeds.push(feed);
  };
  walk(children(body, 'outline'), []);
  return list;
}

/** OPML files in the wild write `xmlUrl`, `xmlurl` and `XMLURL`. */
function attributeIgnoringCase(element: XmlElement, name: string): string | undefined {
  const wanted = `@${name.toLowerCase()}`;
  const key = Object.keys(element).find((each) => each.toLowerCase() === wanted);
  return key === undefined ? undefined : attribute(element, key.slice(1));
}

/** `category="/News/World,/Tech"` names its first category, `News/World`. */
function firstCategory(value: string | undefined): string | undefined {
  const first = value
    ?.split(',')[0]
    ?.trim()
    .replace(/^\/+|\/+$/g, '');
  return first || undefined;
}
