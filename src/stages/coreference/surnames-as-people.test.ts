import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../document/annotations.js';
import { surnamesAsPeople } from './surnames-as-people.js';

function mention(text: string, type: EntityMention['type'], start: number): EntityMention {
  return { text, type, start, end: start + text.length };
}

describe('surnamesAsPeople', () => {
  it('makes the organisation "Blinken" a person after "Antony Blinken"', () => {
    const found = surnamesAsPeople([mention('Antony Blinken', 'PERSON', 0), mention('Blinken', 'ORG', 80)]);
    expect(found[1]?.type).toBe('PERSON');
  });

  it('reads the surname before a suffix ("Marcos" after "Ferdinand Marcos Jr.")', () => {
    const found = surnamesAsPeople([
      mention('Ferdinand Marcos Jr.', 'PERSON', 0),
      mention('Marcos', 'ORG', 80),
    ]);
    expect(found[1]?.type).toBe('PERSON');
  });

  it('keeps a place of the same name ("Washington" beside "George Washington")', () => {
    const found = surnamesAsPeople([
      mention('George Washington', 'PERSON', 0),
      mention('Washington', 'LOCATION', 80),
    ]);
    expect(found[1]?.type).toBe('LOCATION');
  });

  it('keeps an organisation no person of the article has as surname', () => {
    const found = surnamesAsPeople([mention('Antony Blinken', 'PERSON', 0), mention('Reuters', 'ORG', 80)]);
    expect(found[1]?.type).toBe('ORG');
  });
});
