import type { AnnotatedArticle, Span } from '../api/types.js';

/** The layers of the reader that can be shown or hidden. */
export type Layer = 'entities' | 'quotes' | 'events' | 'places';

/** One highlighted span of one annotation: `role` is its part (a quote's speaker, an event's verb). */
export interface Mark extends Span {
  /** The annotation it belongs to: `entity-3`, `quote-0`, `place-1`, or the event's own id (`event-2`). */
  id: string;
  layer: Layer;
  /** CSS class of the part: `entity-PERSON`, `quote`, `speaker`, `cue`, `source`, `verb`, `target`, `place`. */
  role: string;
}

/** A run of text covered by the same marks (none for plain text). */
export interface Segment extends Span {
  marks: Mark[];
}

/** Every span of every annotation of the article, as marks. */
export function annotationMarks(article: AnnotatedArticle): Mark[] {
  const marks: Mark[] = [];
  const add = (id: string, layer: Layer, role: string, span: Span | undefined) => {
    if (span && span.end > span.start) marks.push({ id, layer, role, start: span.start, end: span.end });
  };
  (article.entities ?? []).forEach((entity, index) => {
    add(`entity-${index}`, 'entities', `entity-${entity.type}`, entity);
  });
  (article.quotes ?? []).forEach((quote, index) => {
    const id = `quote-${index}`;
    add(id, 'quotes', 'quote', quote);
    add(id, 'quotes', 'cue', quote.cue);
    add(id, 'quotes', 'speaker', quote.speaker);
  });
  for (const event of article.events ?? []) {
    add(event.id, 'events', 'source', event.source);
    add(event.id, 'events', 'verb', event.verb);
    add(event.id, 'events', 'target', event.target);
  }
  (article.places ?? []).forEach((place, index) => {
    for (const mention of place.mentions) add(`place-${index}`, 'places', 'place', mention);
  });
  return marks;
}

/**
 * Cuts `span` of the text at every mark boundary inside it, each piece with the marks that cover
 * it whole: overlapping and nested annotations (a speaker inside a quote's sentence, an entity that
 * is an event's source) become flat runs that carry all their classes.
 */
export function segmentSpan(span: Span, marks: readonly Mark[]): Segment[] {
  const inside = marks.filter((mark) => mark.start < span.end && mark.end > span.start);
  const cuts = new Set([span.start, span.end]);
  for (const mark of inside) {
    cuts.add(Math.max(mark.start, span.start));
    cuts.add(Math.min(mark.end, span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    segments.push({ start, end, marks: inside.filter((mark) => mark.start <= start && mark.end >= end) });
  }
  return segments;
}
