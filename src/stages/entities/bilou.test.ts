import { describe, expect, it } from 'vitest';
import { bilouFromSpans, iobFromSpans, spansFromBilou, spansFromIob } from './bilou.js';

describe('spansFromIob', () => {
  it('reads B- and I- tags as entities', () => {
    expect(spansFromIob(['B-PER', 'I-PER', 'O', 'B-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });

  it('starts a new entity at an I- after O or after another type, as conlleval does', () => {
    expect(spansFromIob(['O', 'I-ORG', 'I-LOC', 'I-LOC'])).toEqual([
      { start: 1, end: 2, type: 'ORG' },
      { start: 2, end: 4, type: 'LOC' },
    ]);
  });

  it('splits two adjacent entities of the same type at their B-', () => {
    expect(spansFromIob(['B-PER', 'B-PER'])).toHaveLength(2);
  });
});

describe('BILOU', () => {
  const spans = [
    { start: 0, end: 1, type: 'PER' },
    { start: 2, end: 5, type: 'ORG' },
  ];

  it('labels single words U- and longer entities B- I- L-', () => {
    expect(bilouFromSpans(spans, 6)).toEqual(['U-PER', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
  });

  it('reads back the spans it wrote', () => {
    expect(spansFromBilou(bilouFromSpans(spans, 6))).toEqual(spans);
    expect(spansFromIob(iobFromSpans(spans, 6))).toEqual(spans);
  });

  it('keeps the words of a broken sequence as an entity', () => {
    expect(spansFromBilou(['B-PER', 'I-PER', 'O', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'ORG' },
    ]);
  });
});
