import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType } from '../../document/annotations.js';
import { loneSurnamesAsPeople } from './lone-surnames.js';

/** Mentions from "text:TYPE" items, placed one after another. */
function mentions(...items: string[]): EntityMention[] {
  let start = 0;
  return items.map((item) => {
    const [text = '', type] = item.split(':');
    const mention = { text, type: type as EntityType, start, end: start + text.length };
    start = mention.end + 1;
    return mention;
  });
}

const PLACES = new Set(['Jordan']);
const typesOf = (found: EntityMention[]) => found.map((mention) => `${mention.text}:${mention.type}`);

describe('loneSurnamesAsPeople', () => {
  it('makes a lone surname typed as a place or other thing the person named in full elsewhere', () => {
    const found = loneSurnamesAsPeople(
      mentions('Putin:PERSON', 'Pompeo:LOCATION', 'Mike Pompeo:PERSON', 'Pompeo:MISC', 'Syria:LOCATION'),
      (word) => PLACES.has(word),
    );

    expect(typesOf(found)).toEqual([
      'Putin:PERSON',
      'Pompeo:PERSON',
      'Mike Pompeo:PERSON',
      'Pompeo:PERSON',
      'Syria:LOCATION',
    ]);
  });

  it('leaves places of that name, organisations, and words no full name ends with', () => {
    const found = loneSurnamesAsPeople(
      mentions('Ali Jordan:PERSON', 'Jordan:LOCATION', 'Henry Ford:PERSON', 'Ford:ORG', 'Pompeo:LOCATION'),
      (word) => PLACES.has(word),
    );

    expect(typesOf(found)).toEqual([
      'Ali Jordan:PERSON',
      'Jordan:LOCATION',
      'Henry Ford:PERSON',
      'Ford:ORG',
      'Pompeo:LOCATION',
    ]);
  });
});
