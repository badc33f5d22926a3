/** An entity as word indices: `[start, end)` over a sentence's words. */
export interface WordSpan {
  start: number;
  end: number;
  type: string;
}

/**
 * Entity spans from IOB2 tags, with conlleval's reading: an `I-X` after `O` or after another
 * type starts a new entity.
 */
export function spansFromIob(tags: readonly string[]): WordSpan[] {
  const spans: WordSpan[] = [];
  let open: WordSpan | undefined;
  tags.forEach((tag, index) => {
    const prefix = tag.slice(0, 1);
    const type = tag.slice(2);
    if (tag === 'O' || prefix === 'B' || !open || open.type !== type) {
      open = undefined;
      if (tag !== 'O') {
        open = { start: index, end: index + 1, type };
        spans.push(open);
      }
    } else {
      open.end = index + 1;
    }
  });
  return spans;
}

/** Entity spans from BILOU labels; a broken sequence still yields its words as an entity. */
export function spansFromBilou(labels: readonly string[]): WordSpan[] {
  const spans: WordSpan[] = [];
  let open: WordSpan | undefined;
  labels.forEach((label, index) => {
    const prefix = label.slice(0, 1);
    const type = label.slice(2);
    if (label === 'O') {
      open = undefined;
      return;
    }
    if (prefix === 'B' || prefix === 'U' || !open || open.type !== type) {
      open = { start: index, end: index + 1, type };
      spans.push(open);
    } else {
      open.end = index + 1;
    }
    if (prefix === 'L' || prefix === 'U') open = undefined;
  });
  return spans;
}

/** BILOU labels for entity spans over `length` words. */
export function bilouFromSpans(spans: readonly WordSpan[], length: number): string[] {
  const labels: string[] = new Array(length).fill('O');
  for (const { start, end, type } of spans) {
    if (end - start === 1) {
      labels[start] = `U-${type}`;
      continue;
    }
    labels[start] = `B-${type}`;
    for (let index = start + 1; index < end - 1; index++) labels[index] = `I-${type}`;
    labels[end - 1] = `L-${type}`;
  }
  return labels;
}

/** IOB2 tags for entity spans over `length` words. */
export function iobFromSpans(spans: readonly WordSpan[], length: number): string[] {
  const tags: string[] = new Array(length).fill('O');
  for (const { start, end, type } of spans) {
    for (let index = start; index < end; index++) tags[index] = `${index === start ? 'B' : 'I'}-${type}`;
  }
  return tags;
}
