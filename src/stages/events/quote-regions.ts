import type { Span } from '../../document/span.js';

const OPENING: Readonly<Record<string, string>> = { '“': '”', '«': '»', '"': '"', '„': '“' };

/**
 * The spans of quoted text in each paragraph, marks excluded: curly, straight and angle quotes.
 * A quotation left open runs to the end of its paragraph (the convention for quotes that go on
 * into the next one). Single quotes are left alone: they are apostrophes as often as quotes; a
 * straight double quote right after a digit is an inch mark (a 12" pipe), not a quote. One pass
 * over each paragraph.
 */
export function findQuoteRegions(text: string, paragraphs: readonly Span[]): Span[] {
  const regions: Span[] = [];
  for (const paragraph of paragraphs) {
    let open: { at: number; close: string } | undefined;
    for (let at = paragraph.start; at < paragraph.end; at++) {
      const char = text[at] as string;
      if (char === '"' && isDigit(text[at - 1])) continue;
      if (open) {
        if (char !== open.close) continue;
        regions.push({ start: open.at + 1, end: at });
        open = undefined;
      } else {
        const close = OPENING[char];
        if (close !== undefined) open = { at, close };
      }
    }
    if (open) regions.push({ start: open.at + 1, end: paragraph.end });
  }
  return regions;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
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
