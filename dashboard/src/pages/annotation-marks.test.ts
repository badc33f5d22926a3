import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../api/types.js';
import { annotationMarks, type Mark, segmentSpan } from './annotation-marks.js';

const mark = (id: string, start: number, end: number, role = 'quote'): Mark => ({
  id,
  layer: 'quotes',
  role,
  start,
  end,
});

describe('segmentSpan', () => {
  it('cuts a paragraph at every boundary of overlapping marks, each piece with the marks that cover it', () => {
    const quote = mark('quote-0', 2, 10);
    const speaker = mark('quote-0', 5, 8, 'speaker');
    const entity = mark('entity-0', 8, 14, 'entity-PERSON');
    const pieces = segmentSpan({ start: 0, end: 16 }, [quote, speaker, entity]);
    expect(pieces.map((piece) => [piece.start, piece.end, piece.marks.map((each) => each.role)])).toEqual([
      [0, 2, []],
      [2, 5, ['quote']],
      [5, 8, ['quote', 'speaker']],
      [8, 10, ['quote', 'entity-PERSON']],
      [10, 14, ['entity-PERSON']],
      [14, 16, []],
    ]);
  });

  it('keeps a mark that runs past the paragraph inside it', () => {
    const pieces = segmentSpan({ start: 10, end: 20 }, [mark('quote-0', 5, 15)]);
    expect(pieces.map((piece) => [piece.start, piece.end, piece.marks.length])).toEqual([
      [10, 15, 1],
      [15, 20, 0],
    ]);
  });
});

describe('annotationMarks', () => {
  it("marks a quote's text, cue and speaker under one id, and an event's source, verb and target under its own", () => {
    const article = {
      text: 'Netanyahu said "Iran must go" and Israel warned Iran.',
      quotes: [
        {
          text: 'Iran must go',
          start: 16,
          end: 28,
          direct: true,
          cue: { text: 'said', start: 10, end: 14 },
          speaker: { text: 'Netanyahu', start: 0, end: 9, actorId: 'actor-1' },
        },
      ],
      events: [
        {
          id: 'event-1',
          source: { text: 'Israel', start: 34, end: 40, actorId: null, code: 'ISR' },
          verb: { text: 'warned', start: 41, end: 47 },
          target: { text: 'Iran', start: 48, end: 52, actorId: null, code: 'IRN' },
        },
      ],
    } as unknown as AnnotatedArticle;
    expect(
      annotationMarks(article).map(
        (each) => `${each.id}:${each.role}:${article.text.slice(each.start, each.end)}`,
      ),
    ).toEqual([
      'quote-0:quote:Iran must go',
      'quote-0:cue:said',
      'quote-0:speaker:Netanyahu',
      'event-1:source:Israel',
      'event-1:verb:warned',
      'event-1:target:Iran',
    ]);
  });
});
