import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** Word clusters that include CoNLL and WikiANN text: for the evaluation protocol only, never shipped. */
export const RESEARCH_CLUSTERS = '.cache/ner/clusters-research.txt.gz';

/** The research clusters' path, building them first (a few minutes) when they are not there. */
export function ensureResearchClusters(nerDir: string, log: (line: string) => void): string {
  const out = join(ROOT, RESEARCH_CLUSTERS);
  if (existsSync(out)) return out;
  log(`building ${RESEARCH_CLUSTERS} from GMB, UNER train, CoNLL-2003 train and valid, WikiANN train ...`);
  const sources = [
    'gmb/ner_dataset.csv',
    'uner-en-ewt/en_ewt-ud-train.iob2',
    'conll2003/train.txt',
    'conll2003/valid.txt',
    'wikiann-en/train',
  ].map((source) => join(nerDir, source));
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'training/clusters/build-clusters.ts'),
      '--out',
      out,
      '--text',
      ...sources,
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return out;
}
