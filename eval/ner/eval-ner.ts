import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeTagger } from '../../src/stages/entities/model-file.js';
import { tagDocument } from '../../src/stages/entities/tag-document.js';
import { loadTaggerResources, SHIPPED_GAZETTEER } from '../../src/stages/entities/tagger-resources.js';
import type { LabeledSentence } from '../../training/corpora/labeled-sentence.js';
import { readConllSplit } from '../../training/corpora/read-conll.js';
import { readUner } from '../../training/corpora/read-uner.js';
import { documentsOf } from '../../training/ner/ner-recipes.js';
import { trainNer } from '../../training/ner/train-ner.js';
import { runCompromise } from './compromise-baseline.js';
import { type SpanScores, scoreSpans } from './conlleval.js';
import { measureThroughput } from './measure-throughput.js';
import { dropTypes, predictTags, toConll } from './predict-tags.js';

/**
 * `npm run eval:ner [-- --json]`: the protocol score (a model trained here on CoNLL-2003 train, tuned
 * on valid, scored on test, never shipped), the shipped model on CoNLL-2003 test and UNER-EWT test,
 * compromise on the same test set, and tokens per second on one thread for both taggers.
 */
const ROOT = join(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    data: { type: 'string', default: join(ROOT, '../shared/data/ner') },
    model: { type: 'string', default: join(ROOT, 'data/ner/tagger.bin.gz') },
    'skip-protocol': { type: 'boolean', default: false },
  },
});
if (!existsSync(values.data))
  throw new Error(`no NER data at ${values.data}: pass --data ../shared/data/ner`);
const log = (line: string) => process.stderr.write(`${line}\n`);
const metrics: Record<string, number> = {};
const conllTest = readConllSplit(join(values.data, 'conll2003'), 'test');

if (!values['skip-protocol']) {
  log('training the protocol model on CoNLL-2003 train (tuned on valid) ...');
  const { file } = trainNer({ data: values.data, recipe: 'protocol', seed: 1, epochs: 12, folds: 5, log });
  const protocol = decodeTagger(file);
  const resources = loadTaggerResources(SHIPPED_GAZETTEER, join(ROOT, '.cache/ner/clusters-research.txt.gz'));
  const scores = scoreSpans(
    conllTest.map((sentence) => sentence.tags),
    predictTags(protocol, resources, conllTest, (type) => type),
  );
  record('protocol', scores, ['PER', 'ORG', 'LOC', 'MISC']);
}

const shipped = decodeTagger(readFileSync(values.model));
const resources = loadTaggerResources();
const conllWithoutMisc = conllTest.map((sentence) => ({
  ...sentence,
  tags: dropTypes(sentence.tags, ['MISC']),
}));
record(
  'shipped.conll',
  scoreSpans(
    conllWithoutMisc.map((sentence) => sentence.tags),
    predictTags(shipped, resources, conllTest, toConll),
  ),
  ['PER', 'ORG', 'LOC'],
);
const uner = readUner(join(values.data, 'uner-en-ewt/en_ewt-ud-test.iob2'));
record(
  'shipped.uner',
  scoreSpans(
    uner.map((sentence) => sentence.tags),
    predictTags(shipped, resources, uner, toConll),
  ),
  ['PER', 'ORG', 'LOC'],
);
// CoNLL's MISC holds nationalities among events and works: compare NORP with the one-word MISC
// entities that are nationalities (the gazetteer's demonyms), the part where the two agree.
const isDemonym = (word: string) => (resources.matchGazetteer?.([word])[0] ?? []).includes('demonym-U');
const nationalities = conllTest.map((sentence) => ({
  ...sentence,
  tags: sentence.tags.map((tag, i) =>
    tag === 'B-MISC' && sentence.tags[i + 1] !== 'I-MISC' && isDemonym(sentence.words[i] ?? '')
      ? 'B-NORP'
      : 'O',
  ),
}));
const norp = scoreSpans(
  nationalities.map((sentence) => sentence.tags),
  predictTags(shipped, resources, conllTest, (type) => (type === 'NORP' ? 'NORP' : undefined)).map(
    (tags, s) =>
      tags.map((tag, i) => (tag === 'B-NORP' && isDemonym(conllTest[s]?.words[i] ?? '') ? tag : 'O')),
  ),
);
metrics['shipped.conll.NORP.f1'] = percent(norp.overall.f1);

log('measuring speed ...');
const documents = documentsOf(conllTest).map((document) =>
  document.sentences.map((sentence) => sentence.words),
);
const tagTest = () => {
  for (const document of documents) tagDocument(shipped, document, resources);
};
metrics.tokensPerSecond = Math.round(measureThroughput(tagTest, countTokens(conllTest)));
metrics.tokensPerCpuSecond = Math.round(measureThroughput(tagTest, countTokens(conllTest), 'cpu'));
const compromise = runCompromise(conllTest);
record(
  'compromise',
  scoreSpans(
    conllTest.map((sentence) => sentence.tags),
    compromise.predicted,
  ),
  ['PER', 'ORG', 'LOC'],
);
metrics['compromise.tokensPerSecond'] = Math.round(compromise.tokensPerSecond);
metrics['compromise.tokensPerCpuSecond'] = Math.round(compromise.tokensPerCpuSecond);

printTable();
if (values.json) console.log(JSON.stringify({ metrics }));

function record(prefix: string, scores: SpanScores, types: readonly string[]): void {
  metrics[`${prefix}.f1`] = percent(scores.overall.f1);
  for (const type of types) {
    const score = scores.byType[type];
    if (score) metrics[`${prefix}.${type}.f1`] = percent(score.f1);
  }
}

function percent(fraction: number): number {
  return Math.round(fraction * 10000) / 100;
}

function countTokens(sentences: readonly LabeledSentence[]): number {
  return sentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
}

function printTable(): void {
  const rows: Array<[string, string, string]> = [
    [
      'protocol F1, CoNLL-2003 test (trained on train)',
      String(metrics['protocol.f1'] ?? 'skipped'),
      'Stanford CRF 86.9; floor 88.0',
    ],
    [
      '  PER / ORG / LOC / MISC',
      ['PER', 'ORG', 'LOC', 'MISC'].map((type) => metrics[`protocol.${type}.f1`] ?? '-').join(' / '),
      '',
    ],
    [
      'shipped F1, CoNLL-2003 test, PER/ORG/LOC',
      String(metrics['shipped.conll.f1']),
      `compromise ${metrics['compromise.f1']}; floor 80.0`,
    ],
    [
      '  PER / ORG / LOC',
      ['PER', 'ORG', 'LOC'].map((type) => metrics[`shipped.conll.${type}.f1`] ?? '-').join(' / '),
      '',
    ],
    ['  NORP vs one-word MISC nationalities', String(metrics['shipped.conll.NORP.f1']), ''],
    ['shipped F1, UNER-EWT test', String(metrics['shipped.uner.f1']), ''],
    [
      'tokens per second (one thread)',
      String(metrics.tokensPerSecond),
      `compromise ${metrics['compromise.tokensPerSecond']}; floor 250000 and 10x`,
    ],
    [
      '  per second of CPU time',
      String(metrics.tokensPerCpuSecond),
      `compromise ${metrics['compromise.tokensPerCpuSecond']}`,
    ],
  ];
  console.log(`${'newsgraph entities'.padEnd(48)}${'newsgraph'.padStart(22)}   reference`);
  for (const [name, value, reference] of rows)
    console.log(`${name.padEnd(48)}${value.padStart(22)}   ${reference}`);
}
