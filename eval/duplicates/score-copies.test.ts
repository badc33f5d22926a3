import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/document/article.js';
import type { SetArticle } from './duplicate-set.js';
import { scoreCopies } from './score-copies.js';

const item = (group: string, kind: SetArticle['kind'], edits: SetArticle['edits'] = []): SetArticle => ({
  article: {} as Article,
  group,
  kind,
  edits,
});

describe('scoreCopies', () => {
  it('counts a copy as found when the store names an article of its group, in storing order', () => {
    const scores = scoreCopies([
      { item: item('001', 'original'), copiesGroup: undefined },
      { item: item('001', 'copy', ['dateline']), copiesGroup: '001' },
      { item: item('001', 'copy', ['trim']), copiesGroup: undefined },
      { item: item('002', 'copy', ['words']), copiesGroup: '001' },
      { item: item('002', 'original'), copiesGroup: '002' },
    ]);
    // Copies: the dateline and trim copies of 001, and 002's original stored after its copy (3).
    // Marked: 3, of which 2 right (the words copy of 002 was named a copy of 001).
    expect(scores).toMatchObject({ copies: 3, marked: 3, right: 2, precision: 2 / 3, recall: 2 / 3 });
    expect(scores.recallByEdits.get('trim')).toEqual({ right: 0, copies: 1 });
    expect(scores.recallByEdits.get('(original stored after a copy)')).toEqual({ right: 1, copies: 1 });
  });

  it('gives precision 1 when nothing is marked, rather than dividing by zero', () => {
    expect(scoreCopies([{ item: item('001', 'original'), copiesGroup: undefined }]).precision).toBe(1);
  });
});
