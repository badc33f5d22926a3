import { type DateMatch, type FindDatesOptions, findDates, parseDateText } from './find-dates.js';
import { findUrlDate } from './find-url-date.js';
import { isElsewhere } from './is-elsewhere.js';
import { isArticleNode, type JsonLdNode } from './read-json-ld.js';
import { visibleText } from './visible-text.js';

export interface PublishedAtSources {
  document: Document;
  meta: Map<string, string[]>;
  jsonLd: JsonLdNode[];
  /** The page's URL, whose path may hold the date. */
  url?: string;
  /** The page's language, ISO 639-1, which says how to read `06/07/2020`. */
  language?: string;
  now?: Date;
}

/** Meta keys that name the publication date, most specific first. */
const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article:published',
  'article.published',
  'datepublished',
  'date_published',
  'published_date',
  'publish_date',
  'publishdate',
  'publish-date',
  'published-date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'dc.date.issued',
  'dcterms.issued',
  'article_date_original',
  'originalpublicationdate',
  'rnews:datepublished',
  'bt:pubdate',
  'cxenseparse:recs:publishtime',
  'shareaholic:article_published_time',
  'twt-published-at',
  'vr:published_time',
  'video:release_date',
  'release_date',
];

/**
 * Meta keys for "a date" of the page, which content systems fill with the time of the last change
 * as often as with the publication: weaker than a date the article shows.
 */
const GENERIC_DATE_META = [
  'dc.date.created',
  'dcterms.created',
  'article.created',
  'dc.date',
  'dcterms.date',
  'dc:date',
  'date',
  'created',
  'creation_date',
  'timestamp',
  'gentime',
  'search_date',
];

const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'lastmod',
  'revised',
];

/** Class or id words of elements that hold a date, a byline or an article's "meta" line. */
const DATE_CLASS =
  /date|datum|time|zeit|fecha|data-pub|publi|posted|submitted|created|byline|dateline|meta|info|footer-info|calendar|clock|parution|stand|uhrzeit/i;

/** Words that say a date is of the last change, not the publication. */
const MODIFIED_LABEL =
  /updated|modified|geändert|aktualisiert|mis à jour|modifié|actualizado|actualizada|aggiornato|bijgewerkt|zaktualizowano|обновлено|оновлено/i;

/** Words that introduce a publication date in page text, in several languages. */
const PUBLISHED_LABEL =
  /(?:published|posted|first published|publication|veröffentlicht|publiziert|erschienen|erstellt|geschrieben|stand|publié|mis en ligne|publicado|publicada|pubblicato|gepubliceerd|opublikowano|publikováno|julkaistu|publicerad|publiceret|yayınlanma|yayın tarihi|опубликовано|опубліковано)\s*(?:on|am|le|el|em|il|op|:)?/i;

/**
 * The publication date of a page: ISO `YYYY-MM-DD`, or a date-time with its offset when the
 * page's metadata gives one. In order of trust, as htmldate ranks them:
 * 1. the URL's date (`/2018/06/17/`), keeping the time of a metadata date of the same day;
 * 2. dates the metadata names as the publication's: JSON-LD `datePublished` (the article's nodes
 *    first), `article:published_time` and its kin, `itemprop=datePublished`; when these disagree,
 *    the one that matches the date the article shows;
 * 3. the date the article shows: a `<time>` element, an element whose class or id speaks of a
 *    date (not one labelled "Updated"), a "Published on" label in the text; outside comments and
 *    teasers; a generic `date`/`dc.date` tag of the same day gives it its time;
 * 4. a generic `date`/`dc.date` tag, then modified-date metadata, then the first date in the
 *    page's text, then the most frequent day among the date-times in the page's scripts.
 * A date in the future or before 1995 is never taken.
 */
export function findPublishedAt(sources: PublishedAtSources): string | undefined {
  const options: FindDatesOptions = {
    monthFirst: isMonthFirst(sources.language, sources.url),
    ...(sources.now ? { now: sources.now } : {}),
  };
  const read = (text: string | undefined | null) => (text ? parseDateText(text, options) : undefined);

  const named = [
    ...fromJsonLd(sources.jsonLd, ['datePublished', 'dateCreated', 'uploadDate'], read),
    ...readAll(
      PUBLISHED_META.flatMap((key) => sources.meta.get(key) ?? []),
      read,
    ),
    ...fromItemprop(sources.document, read),
  ];
  let shown: DateMatch[] | undefined;
  const shownDates = () => {
    if (shown === undefined) {
      const labelled = fromLabelledText(sources.document, options);
      shown = [
        ...fromTimeElements(sources.document, read),
        ...fromDateElements(sources.document, options),
        ...(labelled ? [labelled] : []),
      ];
    }
    return shown;
  };
  // Metadata that disagrees with itself (a JSON-LD date written in another zone, a stale tag) is
  // settled by the date the article shows.
  const agreeing = (candidates: DateMatch[], day: string | undefined) =>
    candidates.find((candidate) => candidate.day === day);

  const urlDay = findUrlDate(sources.url, options.now);
  if (urlDay) return agreeing(named, urlDay)?.iso ?? urlDay;
  if (named.length > 1 && named.some((candidate) => candidate.day !== named[0]?.day)) {
    return (agreeing(named, shownDates()[0]?.day) ?? named[0])?.iso;
  }
  if (named[0]) return named[0].iso;

  const generic = readAll(
    GENERIC_DATE_META.flatMap((key) => sources.meta.get(key) ?? []),
    read,
  );
  const visible = shownDates();
  if (visible[0]) return (agreeing(generic, visible[0].day) ?? visible[0]).iso;
  const found =
    generic[0] ??
    fromJsonLd(sources.jsonLd, ['dateModified'], read)[0] ??
    readAll(
      MODIFIED_META.flatMap((key) => sources.meta.get(key) ?? []),
      read,
    )[0] ??
    fromPageText(sources.document, options) ??
    fromScripts(sources.document, options);
  return found?.iso;
}

type Read = (text: string | undefined | null) => DateMatch | undefined;

function readAll(values: readonly (string | null | undefined)[], read: Read): DateMatch[] {
  return values.map(read).filter((date): date is DateMatch => date !== undefined);
}

/** The dates under the keys, key by key, each in the article's nodes first. */
function fromJsonLd(nodes: JsonLdNode[], keys: readonly string[], read: Read): DateMatch[] {
  const ordered = [...nodes.filter(isArticleNode), ...nodes.filter((node) => !isArticleNode(node))];
  return keys.flatMap((key) =>
    readAll(
      ordered.map((node) => (typeof node[key] === 'string' ? (node[key] as string) : undefined)),
      read,
    ),
  );
}

function fromItemprop(document: Document, read: Read): DateMatch[] {
  const elements = [...document.querySelectorAll('[itemprop]')].filter((element) =>
    /datepublished|datecreated/i.test(element.getAttribute('itemprop') ?? ''),
  );
  return readAll(elements.map(attributeOrText), read);
}

/** The `<time>` elements' dates outside comments and teasers, publication-marked ones first. */
function fromTimeElements(document: Document, read: Read): DateMatch[] {
  const times = [...document.querySelectorAll('time')].filter(
    (time) => !isElsewhere(time) && !MODIFIED_LABEL.test(`${time.className} ${time.textContent ?? ''}`),
  );
  const isPreferred = (time: Element) =>
    time.hasAttribute('pubdate') ||
    /publi|entry-date|posted|created/i.test(
      `${time.className} ${time.id} ${time.parentElement?.className ?? ''}`,
    );
  const ordered = [...times.filter(isPreferred), ...times.filter((time) => !isPreferred(time))];
  return readAll(ordered.map(attributeOrText), read);
}

/** The first date of each short element whose class or id speaks of a date, unless labelled as a change. */
function fromDateElements(document: Document, options: FindDatesOptions): DateMatch[] {
  const dates: DateMatch[] = [];
  for (const element of document.querySelectorAll('[class], [id]')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
    if (!DATE_CLASS.test(names) || isElsewhere(element)) continue;
    const text = element.textContent ?? '';
    if (text.length > 200) continue;
    const date = findDates(text, options).find((match) => !match.shortYear || /date|datum/i.test(names));
    if (date && !MODIFIED_LABEL.test(text.slice(Math.max(0, date.index - 30), date.index))) dates.push(date);
  }
  return dates;
}

function fromLabelledText(document: Document, options: FindDatesOptions): DateMatch | undefined {
  const text = visibleText(document);
  const label = new RegExp(PUBLISHED_LABEL.source, 'gi');
  for (const match of text.matchAll(label)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    const date = findDates(after, options)[0];
    if (date && date.index < 20) return date;
  }
  return undefined;
}

function fromPageText(document: Document, options: FindDatesOptions): DateMatch | undefined {
  const dates = findDates(visibleText(document), options);
  return dates.find((match) => !match.shortYear) ?? dates[0];
}

/**
 * The most frequent day among the ISO date-times in the page's scripts (the state a JavaScript
 * application renders from), the earliest on a tie; the last resort when the page shows no date.
 */
function fromScripts(document: Document, options: FindDatesOptions): DateMatch | undefined {
  const counts = new Map<string, { date: DateMatch; count: number }>();
  for (const script of document.querySelectorAll('script')) {
    for (const match of (script.textContent ?? '').matchAll(/(?:19|20)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}/g)) {
      const date = parseDateText(match[0], options);
      if (!date) continue;
      const entry = counts.get(date.day) ?? { date, count: 0 };
      entry.count++;
      counts.set(date.day, entry);
    }
  }
  const ranked = [...counts.values()].sort(
    (a, b) => b.count - a.count || a.date.day.localeCompare(b.date.day),
  );
  return ranked[0]?.date;
}

function attributeOrText(element: Element): string {
  return (
    element.getAttribute('datetime') ??
    element.getAttribute('content') ??
    element.getAttribute('title') ??
    element.textContent ??
    ''
  );
}

/** Countries whose English-language sites write `06/07/2020` for 7 June. */
const DAY_FIRST_TLD = /\.(uk|au|nz|ie|in|za|ng|ke|pk|sg|my|ph|gh)(?:[/:]|$)/i;

function isMonthFirst(language: string | undefined, url: string | undefined): boolean {
  if (language && language !== 'en') return false;
  const host = url ? url.replace(/^[a-z]+:\/\/([^/]+).*$/i, '$1') : '';
  return !DAY_FIRST_TLD.test(host);
}
