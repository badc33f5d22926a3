import { fileURLToPath } from 'node:url';
import { loadGazetteer, matchGazetteer } from './gazetteer.js';
import type { TaggerResources } from './tag-document.js';
import { loadWordClusters } from './word-clusters.js';

/** The gazetteer and word clusters that ship in the package's `data/ner/`. */
export const SHIPPED_GAZETTEER = fileURLToPath(
  new URL('../../../data/ner/gazetteer.json.gz', import.meta.url),
);
export const SHIPPED_CLUSTERS = fileURLToPath(
  new URL('../../../data/ner/clusters-shipped.txt.gz', import.meta.url),
);

/** Loads what the tagger's features look up: a gazetteer and a word-cluster file. */
export function loadTaggerResources(
  gazetteerPath = SHIPPED_GAZETTEER,
  clustersPath = SHIPPED_CLUSTERS,
): TaggerResources {
  const gazetteer = loadGazetteer(gazetteerPath);
  const clusters = loadWordClusters(clustersPath);
  return {
    matchGazetteer: (words) => matchGazetteer(gazetteer, words),
    clusterOf: clusters.pathOf,
  };
}
