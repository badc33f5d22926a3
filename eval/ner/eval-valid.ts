import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeTagger } from '../../src/stages/entities/model-file.js';
import { loadTaggerResources } from '../../src/stages/entities/tagger-resources.js';
import { readConllSplit } from '../../training/corpora/read-conll.js';
import { scoreSpans } from './conlleval.js';
import { dropTypes, predictTags, toConll } from './predict-tags.js';

/**
 * `npx tsx eval/ner/eval-valid.ts [--model file] [--errors out.txt]`: a shipped-style model on
 * CoNLL-2003 valid (PER, ORG, LOC), the split that training candidates are chosen by; test is for
 * the chosen model only (`eval:ner`). `--errors` writes the sentences it gets wrong, each differing
 * word marked `word[gold|predicted]`.
 */
const ROOT = join(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(ROOT, '../shared/data/ner') },
    model: { type: 'string', default: join(ROOT, 'data/ner/tagger.bin.gz') },
    errors: { type: 'string' },
  },
});
const valid = readConllSplit(join(values.data, 'conll2003'), 'valid');
const tagger = decodeTagger(readFileSync(values.model));
const resources = loadTaggerResources();
const predicted = predictTags(tagger, resources, valid, toConll);
const gold = valid.map((sentence) => dropTypes(sentence.tags, ['MISC']));
const scores = scoreSpans(gold, predicted);
const percent = (fraction: number) => (fraction * 100).toFixed(2);
console.log(
  `CoNLL-2003 valid, PER/ORG/LOC: ${percent(scores.overall.f1)} (${['PER', 'ORG', 'LOC']
    .map((type) => `${type} ${percent(scores.byType[type]?.f1 ?? 0)}`)
    .join(', ')})`,
);
if (values.errors) {
  const lines = valid.flatMap((sentence, s) => {
    const want = gold[s] ?? [];
    const got = predicted[s] ?? [];
    if (want.join(' ') === got.join(' ')) return [];
    return [
      sentence.words
        .map((word, i) => (want[i] === got[i] ? word : `${word}[${want[i]}|${got[i]}]`))
        .join(' '),
    ];
  });
  writeFileSync(values.errors, `${lines.join('\n')}\n`);
}
