import { seededRandom } from '../clusters/seeded-random.js';
import type { TemplateNames } from './template-names.js';
import type { LabeledDocument } from './train-two-pass.js';

/**
 * Gives a share of the documents what agency copy opens with and GMB's sentences lack: a headline in
 * capitals (here the document's first sentence, upper-cased, with its names) and a dateline, a
 * city in capitals (LOCATION) and the date. The documents themselves are not changed.
 */
export function withNewsHeaders(
  documents: readonly LabeledDocument[],
  names: TemplateNames,
  share: number,
  seed: number,
): LabeledDocument[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return documents.map((document) => {
    const first = document.sentences[0];
    if (!first || random() >= share) return document;
    const city = pick(names.cities).map((word) => word.toUpperCase());
    const date = `${1990 + Math.floor(random() * 36)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    const headline = { words: first.words.map((word) => word.toUpperCase()), tags: first.tags };
    const dateline = {
      words: [...city, date],
      tags: [...city.map((_, k) => (k === 0 ? 'B-LOCATION' : 'I-LOCATION')), 'O'],
    };
    return { ...document, sentences: [headline, dateline, ...document.sentences] };
  });
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
