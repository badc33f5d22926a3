import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeTagger } from '../../src/stages/entities/model-file.js';
import { labelDocument } from '../../src/stages/entities/tag-document.js';
import { loadTaggerResources } from '../../src/stages/entities/tagger-resources.js';
import type { LabeledSentence } from '../../training/corpora/labeled-sentence.js';
import { readConllSplit } from '../../training/corpora/read-conll.js';
import { readUner } from '../../training/corpora/read-uner.js';
import { documentsOf, shippedRecipe } from '../../training/ner/ner-recipes.js';

/**
 * `tsx eval/ner/snapshot-tags.ts --out FILE` writes the shipped tagger's BILOU labels for every
 * sentence of CoNLL-2003 test, UNER-EWT dev and test, and the shipped recipe's development data
 * (GMB dev and UNER dev); `--compare FILE` checks that the tagger still gives exactly those labels.
 * A change meant to make the tagger faster without changing its output is checked with it.
 */
const ROOT = join(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(ROOT, '../shared/data/ner') },
    model: { type: 'string', default: join(ROOT, 'data/ner/tagger.bin.gz') },
    out: { type: 'string' },
    compare: { type: 'string' },
  },
});
if (!existsSync(values.data))
  throw new Error(`no NER data at ${values.data}: pass --data ../shared/data/ner`);
if (!values.out === !values.compare) throw new Error('pass one of --out FILE or --compare FILE');

const tagger = decodeTagger(readFileSync(values.model));
const resources = loadTaggerResources();
const isDemonym = (word: string) => (resources.matchGazetteer?.([word])[0] ?? []).includes('demonym-U');
const sets: Array<[string, ReturnType<typeof documentsOf>]> = [
  ['conll-test', documentsOf(readConllSplit(join(values.data, 'conll2003'), 'test'))],
  ['uner-test', documentsOf(readUner(join(values.data, 'uner-en-ewt/en_ewt-ud-test.iob2')))],
  ['shipped-dev (GMB dev, UNER dev)', shippedRecipe(values.data, isDemonym).dev],
];

/** One line per sentence: the set's name, then its label indices joined by spaces. */
const lines: string[] = [];
for (const [name, documents] of sets) {
  for (const document of documents) {
    const sentences = document.sentences.map((sentence: Pick<LabeledSentence, 'words'>) => sentence.words);
    for (const path of labelDocument(tagger, sentences, resources)) lines.push(`${name}\t${path.join(' ')}`);
  }
}
const text = `${lines.join('\n')}\n`;
const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);

if (values.out) {
  writeFileSync(values.out, text);
  console.log(`${lines.length} sentences, sha256 ${digest}, written to ${values.out}`);
} else if (values.compare) {
  const expected = readFileSync(values.compare, 'utf8').split('\n');
  const differing = lines.flatMap((line, index) => (line === expected[index] ? [] : [index]));
  console.log(
    `${lines.length} sentences, sha256 ${digest}; ${differing.length} differ from ${values.compare}` +
      (differing.length > 0 ? ` (first: line ${(differing[0] as number) + 1})` : ''),
  );
  if (differing.length > 0 || expected.length !== lines.length + 1) process.exitCode = 1;
}
