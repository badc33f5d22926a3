import type { Paragraph } from '../../document/article.js';
import type { Span } from '../../document/span.js';

/** The place a story was filed from, as its dateline writes it: "KYIV, Ukraine (AP) —". */
export interface Dateline {
  /** The place's name ("KYIV"). */
  place: Span;
  /** The country or state written after it ("Ukraine"), when there is one. */
  container?: Span;
}

const WORD = "[A-Z][\\p{L}'’.-]*";
const NAME = `${WORD}(?: ${WORD}){0,3}`;
// A name, an optional ", Country", an optional "(Agency)", then a dash and a space.
const DATELINE = new RegExp(`^(${NAME})(?:, (${NAME}))?(?: ?\\([^()\\n]{1,40}\\))? ?(?:—|–|--|-) `, 'u');

/**
 * The dateline at the start of the article's first body paragraph (or of its lede when it has
 * no body), if it has one. Only a name of at most four capitalised words, then an optional
 * country and agency, then a dash, counts: "JERUSALEM —", "PORT SUDAN, Sudan (AP) —".
 */
export function findDateline(text: string, paragraphs: readonly Paragraph[]): Dateline | undefined {
  const first =
    paragraphs.find((paragraph) => paragraph.kind === 'body') ?? paragraphs.find((p) => p.kind === 'lede');
  if (first === undefined) return undefined;
  const match = DATELINE.exec(text.slice(first.start, Math.min(first.end, first.start + 200)));
  if (match === null) return undefined;
  const [, place = '', container] = match;
  const dateline: Dateline = { place: { start: first.start, end: first.start + place.length } };
  if (container !== undefined) {
    const start = first.start + place.length + 2;
    dateline.container = { start, end: start + container.length };
  }
  return dateline;
}
