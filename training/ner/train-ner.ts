import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeTagger } from '../../src/stages/entities/model-file.js';
import type { FeatureSettings } from '../../src/stages/entities/tagger-model.js';
import {
  loadTaggerResources,
  SHIPPED_CLUSTERS,
  SHIPPED_GAZETTEER,
} from '../../src/stages/entities/tagger-resources.js';
import { type GeneratedText, protocolRecipe, type Recipe, shippedRecipe } from './ner-recipes.js';
import { ensureResearchClusters, RESEARCH_CLUSTERS } from './research-clusters.js';
import { trainTwoPass } from './train-two-pass.js';

const ROOT = join(import.meta.dirname, '../..');
const DEFAULT_SETTINGS: FeatureSettings = { gazetteer: true, clusters: true, casing: true, contexts: true };

export interface TrainNerOptions {
  data: string;
  recipe: Recipe['name'];
  seed: number;
  epochs: number;
  folds: number;
  /** Word clusters to use instead of the recipe's own. */
  clusters?: string;
  /** Feature groups to turn on or off, over the defaults. */
  settings?: Partial<FeatureSettings>;
  /** Generated training text for the shipped recipe, instead of its default amount. */
  generated?: GeneratedText;
  log: (line: string) => void;
}

/**
 * Trains a tagger by a recipe and returns the file's bytes. The protocol recipe (CoNLL-2003) uses
 * word clusters that include CoNLL text and so never ships; the shipped recipe uses only data whose
 * terms allow shipping.
 */
export function trainNer(options: TrainNerOptions): { file: Buffer; card: Record<string, unknown> } {
  const started = Date.now();
  const clusters =
    options.clusters ??
    (options.recipe === 'protocol' ? ensureResearchClusters(options.data, options.log) : SHIPPED_CLUSTERS);
  const resources = loadTaggerResources(SHIPPED_GAZETTEER, clusters);
  const isDemonym = (word: string) => (resources.matchGazetteer?.([word])[0] ?? []).includes('demonym-U');
  const recipe =
    options.recipe === 'protocol'
      ? protocolRecipe(options.data)
      : shippedRecipe(options.data, isDemonym, options.generated);
  options.log(
    `${recipe.name}: ${recipe.train.length} training documents, ${recipe.dev.length} development documents; types ${recipe.types.join(', ')}`,
  );
  const model = trainTwoPass(recipe.train, recipe.dev, {
    types: recipe.types,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    resources,
    epochs: options.epochs,
    seed: options.seed,
    folds: options.folds,
    log: options.log,
  });
  const card = {
    recipe: recipe.name,
    trainedOn: recipe.sources,
    clusters:
      clusters === SHIPPED_CLUSTERS
        ? 'data/ner/clusters-shipped.txt.gz'
        : clusters.endsWith(RESEARCH_CLUSTERS)
          ? RESEARCH_CLUSTERS
          : clusters,
    gazetteer: 'data/ner/gazetteer.json.gz',
    settings: { seed: options.seed, maxEpochs: options.epochs, folds: options.folds },
    ...model.card,
    trainingSeconds: Math.round((Date.now() - started) / 1000),
  };
  return { file: encodeTagger(model.first, model.second, card), card };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: join(ROOT, '../shared/data/ner') },
      recipe: { type: 'string', default: 'shipped' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      epochs: { type: 'string', default: '12' },
      folds: { type: 'string', default: '5' },
      clusters: { type: 'string' },
    },
  });
  if (values.recipe !== 'shipped' && values.recipe !== 'protocol') {
    throw new Error(`--recipe must be "shipped" or "protocol", not "${values.recipe}"`);
  }
  if (!existsSync(values.data))
    throw new Error(`no NER data at ${values.data}: pass --data ../shared/data/ner`);
  const out =
    values.out ??
    (values.recipe === 'shipped'
      ? join(ROOT, 'data/ner/tagger.bin.gz')
      : join(ROOT, '.cache/ner/protocol.bin.gz'));
  const { file, card } = trainNer({
    data: values.data,
    recipe: values.recipe,
    seed: Number(values.seed),
    epochs: Number(values.epochs),
    folds: Number(values.folds),
    ...(values.clusters ? { clusters: values.clusters } : {}),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, file);
  process.stderr.write(
    `wrote ${out} (${(file.length / 1024 / 1024).toFixed(2)} MB)\n${JSON.stringify(card, null, 2)}\n`,
  );
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
