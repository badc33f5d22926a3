import type { Span } from '../../document/span.js';

const OPENING: Readonly<Record<string, string>> = { '“': '”', '«': '»', '"': '"', '„': '“' };

/**
 * The spans of quoted text in each paragraph, marks excluded: curly, straight and angle quotes.
 * A quotation left open runs to the end of its paragraph (the convention for quotes that go on
 * into the next one). Single quotes are left alone: they are apostrophes as often as quotes.
 */
export function findQuoteRegions(text: string, paragraphs: readonly Span[]): Span[] {
  const regions: Span[] = [];
  for (const paragraph of paragraphs) {
    let at = paragraph.start;
    while (at < paragraph.end) {
      const close = OPENING[text[at] as string];
      if (close === undefined) {
        at++;
        continue;
      }
      const end = text.indexOf(close, at + 1);
      const stop = end < 0 || end >= paragraph.end ? paragraph.end : end;
      regions.push({ start: at + 1, end: stop });
      at = stop + 1;
    }
  }
  return regions;
}

/** The region that holds `offset`, by binary search over regions in text order. */
export function regionAt(regions: readonly Span[], offset: number): number {
  let low = 0;
  let high = regions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const region = regions[middle] as Span;
    if (offset < region.start) high = middle - 1;
    else if (offset >= region.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
