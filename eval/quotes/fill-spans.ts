/**
 * A span being written by hand: its words, and the offsets once placed. `after` names words that
 * come before it, to pick one of several occurrences (search starts where `after` starts).
 */
export interface DraftSpan {
  text?: string;
  start?: number;
  end?: number;
  after?: string;
}

export interface DraftQuote extends DraftSpan {
  parts?: DraftSpan[];
  clause?: DraftSpan;
  cue?: DraftSpan;
  speaker: { mention: DraftSpan; [field: string]: unknown };
  [field: string]: unknown;
}

export interface DraftArticle {
  file: string;
  quotes: DraftQuote[];
  terms: DraftSpan[];
  [field: string]: unknown;
}

export class SpanPlacementError extends Error {
  override name = 'SpanPlacementError';
}

interface Placed {
  start: number;
  end: number;
}

/**
 * Places the spans of one article's annotations that have words but no offsets, so that a new
 * annotation can be written as words alone. A quotation or term is the first occurrence of its
 * words (after `after`); its parts follow one another; a cue or speaker mention is the occurrence
 * nearest the quotation that lies outside the quoted words. Whole words only. Spans that have
 * offsets are kept as they are; `after` is dropped once a span is placed. Returns the article and
 * a warning for each placed quotation or term whose words occur more than once with no `after`.
 */
export function fillSpans(text: string, draft: DraftArticle): { article: DraftArticle; warnings: string[] } {
  const warnings: string[] = [];
  const where = (field: string) => `${draft.file}, ${field}`;
  const quotes = draft.quotes.map((quote, at) => {
    const field = `quotes[${at}]`;
    let parts: DraftSpan[] | undefined;
    let span: Placed;
    if (quote.parts) {
      let from = 0;
      parts = quote.parts.map((part, index) => {
        const placed = isPlaced(part)
          ? part
          : firstOccurrence(text, part, index === 0 ? 0 : from, where(`${field}.parts[${index}]`), warnings);
        from = placed.end;
        return spanOf(text, placed, part);
      });
      span = { start: parts[0]?.start ?? 0, end: parts.at(-1)?.end ?? 0 };
    } else {
      span = isPlaced(quote) ? quote : firstOccurrence(text, quote, 0, where(field), warnings);
    }
    const { parts: _parts, clause: draftClause, cue: _cue, speaker: _speaker, ...rest } = quote;
    const clause = draftClause && enclosing(text, draftClause, span, where(`${field}.clause`));
    // A cue or speaker is outside the quoted words, and outside the clause around them.
    const pieces = [...(parts?.map((part) => part as Placed) ?? [span]), ...(clause ? [clause] : [])];
    return {
      ...spanOf(text, span, rest),
      ...(parts ? { parts } : {}),
      ...(clause ? { clause } : {}),
      ...(quote.cue ? { cue: nearest(text, quote.cue, span, pieces, where(`${field}.cue`)) } : {}),
      speaker: {
        ...quote.speaker,
        mention: nearest(text, quote.speaker.mention, span, pieces, where(`${field}.speaker.mention`)),
      },
    };
  });
  const terms = draft.terms.map((term, at) => {
    const placed = isPlaced(term) ? term : firstOccurrence(text, term, 0, where(`terms[${at}]`), warnings);
    return spanOf(text, placed, term);
  });
  return { article: { ...draft, quotes, terms }, warnings };
}

function isPlaced(span: DraftSpan): span is DraftSpan & Placed {
  return span.start !== undefined && span.end !== undefined;
}

/**
 * `{text, start, end}` first, so that the file reads the same whichever way a span was written. The
 * words given are kept (a span placed earlier keeps its words, for the check to compare); a
 * quotation given by its parts takes its words from the text.
 */
function spanOf(
  text: string,
  placed: Placed,
  span: DraftSpan,
): Placed & { text: string; [field: string]: unknown } {
  const { text: words, start: _start, end: _end, after: _after, ...rest } = span;
  return {
    text: words ?? text.slice(placed.start, placed.end),
    start: placed.start,
    end: placed.end,
    ...rest,
  };
}

function firstOccurrence(
  text: string,
  span: DraftSpan,
  from: number,
  field: string,
  warnings: string[],
): Placed {
  const words = wordsOf(span, field);
  const starts = occurrences(text, words, anchorOf(text, span, from, field));
  const first = starts[0];
  if (first === undefined) throw new SpanPlacementError(`${field}: "${words}" is not in the text`);
  if (span.after === undefined && starts.length > 1)
    warnings.push(`${field}: "${words}" occurs ${starts.length} times; the first was taken`);
  return { start: first, end: first + words.length };
}

function nearest(text: string, span: DraftSpan, quote: Placed, pieces: readonly Placed[], field: string) {
  if (isPlaced(span)) return spanOf(text, span, span);
  const words = wordsOf(span, field);
  const outside = occurrences(text, words, anchorOf(text, span, 0, field))
    .map((start) => ({ start, end: start + words.length }))
    .filter(
      (candidate) => !pieces.some((piece) => candidate.start < piece.end && piece.start < candidate.end),
    );
  const candidates = span.after === undefined ? outside : outside.slice(0, 1);
  const best = candidates.reduce<Placed | undefined>(
    (found, candidate) =>
      found === undefined || distance(candidate, quote) < distance(found, quote) ? candidate : found,
    undefined,
  );
  if (!best) throw new SpanPlacementError(`${field}: "${words}" is not in the text outside the quotation`);
  return spanOf(text, best, span);
}

/** The first occurrence of a clause's words that contains the quotation. */
function enclosing(text: string, span: DraftSpan, quote: Placed, field: string) {
  if (isPlaced(span)) return spanOf(text, span, span);
  const words = wordsOf(span, field);
  const start = occurrences(text, words, 0).find((at) => at <= quote.start && at + words.length >= quote.end);
  if (start === undefined)
    throw new SpanPlacementError(`${field}: "${words}" does not occur around the quotation`);
  return spanOf(text, { start, end: start + words.length }, span);
}

function wordsOf(span: DraftSpan, field: string): string {
  if (!span.text) throw new SpanPlacementError(`${field}: neither words nor offsets`);
  return span.text;
}

function anchorOf(text: string, span: DraftSpan, from: number, field: string): number {
  if (span.after === undefined) return from;
  const at = text.indexOf(span.after, from);
  if (at === -1) throw new SpanPlacementError(`${field}: after "${span.after}": not in the text`);
  return at;
}

/** Starts of `words` in `text` from `from`, where it is not part of a longer word. */
function occurrences(text: string, words: string, from: number): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(words, from); at !== -1; at = text.indexOf(words, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + words.length] ?? ' ';
    const opensWord = isWordCharacter(words[0] ?? ' ');
    const closesWord = isWordCharacter(words.at(-1) ?? ' ');
    if ((opensWord && isWordCharacter(before)) || (closesWord && isWordCharacter(after))) continue;
    starts.push(at);
  }
  return starts;
}

function isWordCharacter(character: string): boolean {
  return /[\p{L}\p{N}]/u.test(character);
}

function distance(a: Placed, b: Placed): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}
