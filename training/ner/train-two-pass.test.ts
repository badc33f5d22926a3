import { describe, expect, it } from 'vitest';
import { decodeTagger, encodeTagger } from '../../src/stages/entities/model-file.js';
import { tagDocument } from '../../src/stages/entities/tag-document.js';
import { type LabeledDocument, trainTwoPass } from './train-two-pass.js';

const PEOPLE = ['Amal Haddad', 'Boris Lenko', 'Chen Wei', 'Dara Okafor', 'Elena Ruiz', 'Farid Nasser'];
const PLACES = ['Kabul', 'Lima', 'Oslo', 'Quito', 'Riga', 'Sanaa'];

/** Toy documents: "<person> arrived in <place> on Monday ." and "<place> welcomed <surname> ." */
function documents(count: number, offset: number): LabeledDocument[] {
  return Array.from({ length: count }, (_, d) => {
    const person = PEOPLE[(d + offset) % PEOPLE.length] as string;
    const place = PLACES[(d * 5 + offset) % PLACES.length] as string;
    const [first, last] = person.split(' ') as [string, string];
    return {
      id: `doc-${offset}-${d}`,
      sentences: [
        {
          words: [first, last, 'arrived', 'in', place, 'on', 'Monday', '.'],
          tags: ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'O'],
        },
        { words: [place, 'welcomed', last, '.'], tags: ['B-LOC', 'O', 'B-PER', 'O'] },
      ],
    };
  });
}

describe('trainTwoPass', () => {
  it('learns a toy corpus, deterministically, and the saved tagger finds its entities', () => {
    const options = {
      types: ['PER', 'LOC'],
      settings: { gazetteer: false, clusters: false, casing: true },
      resources: {},
      epochs: 5,
      seed: 7,
      folds: 3,
    };
    const model = trainTwoPass(documents(30, 0), documents(6, 1), options);
    const again = trainTwoPass(documents(30, 0), documents(6, 1), options);
    expect(Array.from(again.second.weights)).toEqual(Array.from(model.second.weights));

    const tagger = decodeTagger(encodeTagger(model.first, model.second, model.card));
    const [first] = tagDocument(
      tagger,
      [['Farid', 'Nasser', 'arrived', 'in', 'Oslo', 'on', 'Monday', '.']],
      {},
    );
    expect(first).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
  });
});
