import { describe, expect, it } from 'vitest';
import { normalizeShippedSentence } from './normalize-shipped-sentence.js';

const normalize = (words: string[], tags: string[]) =>
  normalizeShippedSentence({ words, tags, docId: 'd' }, () => false).tags;

describe('normalizeShippedSentence', () => {
  it('takes "President" out of a person name', () => {
    expect(normalize(['President', 'Bush', 'spoke'], ['B-PERSON', 'I-PERSON', 'O'])).toEqual([
      'O',
      'B-PERSON',
      'O',
    ]);
  });

  it('takes a whole "Secretary of State" out of a person name, not only its first word', () => {
    expect(
      normalize(
        ['Secretary', 'of', 'State', 'Condoleezza', 'Rice'],
        ['B-PERSON', 'I-PERSON', 'I-PERSON', 'I-PERSON', 'I-PERSON'],
      ),
    ).toEqual(['O', 'O', 'O', 'B-PERSON', 'I-PERSON']);
  });

  it('keeps "of" that opens no title inside a name', () => {
    expect(normalize(['of', 'Rice'], ['B-PERSON', 'I-PERSON'])).toEqual(['B-PERSON', 'I-PERSON']);
  });
});
