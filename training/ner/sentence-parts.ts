import type { SentencePart } from './tagged-words.js';

/** The generated pages' names as sentence parts of their type. */
export const org = (name: readonly string[]): SentencePart => ({ name, type: 'ORG' });
export const loc = (name: readonly string[]): SentencePart => ({ name, type: 'LOCATION' });
export const per = (name: readonly string[]): SentencePart => ({ name, type: 'PERSON' });
export const norp = (word: string): SentencePart => ({ name: [word], type: 'NORP' });

/** The sentence in capitals, as headlines and some tables are written. */
export function shouted(parts: readonly SentencePart[]): SentencePart[] {
  return parts.map((part) =>
    typeof part === 'string'
      ? part.toUpperCase()
      : { ...part, name: part.name.map((word) => word.toUpperCase()) },
  );
}

/** A month or day in two digits, as dates are written in datelines. */
export function pad(value: number): string {
  return String(value).padStart(2, '0');
}
