/** A feed read by `parseFeed`: its items and the problems found in them, which never stop the read. */
export interface Feed {
  format: 'rss' | 'rdf' | 'atom' | 'json';
  /** Plain text; empty when the feed has none. */
  title: string;
  /** The site the feed belongs to (RSS `link`, Atom `link rel=alternate`, JSON `home_page_url`), absolute. */
  url?: string;
  items: FeedItem[];
  problems: FeedProblem[];
}

export interface FeedItem {
  /** RSS `guid`, Atom `id`, JSON `id`; else the absolute link; else `hash:` and a hash of title and date. */
  id: string;
  /** Absolute http(s) URL of the item's page. */
  url?: string;
  /** Plain text; empty when the item has none. */
  title: string;
  /** ISO 8601, as `parseDate` writes it (the offset the feed gave is kept). */
  publishedAt?: string;
  updatedAt?: string;
  /** Plain text of the description or summary. */
  summary?: string;
  /** The item's full HTML: RSS `content:encoded`, Atom `content`, JSON `content_html`. */
  contentHtml?: string;
  /** Absolute URL of the item's image: `media:content`/`media:thumbnail`, an image enclosure, JSON `image`. */
  image?: string;
  authors: string[];
  categories: string[];
}

/** Something wrong in a feed that did not stop it being read. */
export interface FeedProblem {
  /** 0-based index of the item among the feed's items as written (skipped ones included). */
  item?: number;
  /** The element or key, as written in the feed (`pubDate`, `link`, `date_published`). */
  field?: string;
  message: string;
}
