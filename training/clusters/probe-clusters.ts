import { parseArgs } from 'node:util';
import { loadWordClusters } from '../../src/stages/entities/word-clusters.js';

/**
 * `npx tsx training/clusters/probe-clusters.ts FILE [--bits 12] [--limit 20] [WORD...]`: for each probe
 * word, how many words share at least `--bits` leading bits with it, and the `--limit` words sharing the
 * longest prefix: a quick look at whether a cluster file groups what a tagger should group.
 */
const DEFAULT_PROBES = ['Russia', 'Putin', 'Monday', 'Reuters', 'said', 'Israeli', 'ministry', 'Jerusalem'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { bits: { type: 'string', default: '12' }, limit: { type: 'string', default: '20' } },
});
const [file, ...probes] = positionals;
if (file === undefined) {
  process.stderr.write('usage: probe-clusters.ts FILE.txt.gz [--bits 12] [--limit 20] [WORD...]\n');
  process.exit(2);
}
const bits = Number(values.bits);
const limit = Number(values.limit);
const clusters = loadWordClusters(file);
const entries = [...clusters.entries()];
// Lower-case aliases (`baghdad` beside `Baghdad`, same path) would list a word twice; they are left out.
const capitalised = new Set(
  entries
    .filter(([word]) => word !== word.toLowerCase())
    .map(([word, path]) => `${word.toLowerCase()}\t${path}`),
);
const listed = entries.filter(
  ([word, path]) => word !== word.toLowerCase() || !capitalised.has(`${word}\t${path}`),
);

for (const probe of probes.length > 0 ? probes : DEFAULT_PROBES) {
  const path = clusters.pathOf(probe);
  if (path === undefined) {
    console.log(`${probe}: no path`);
    continue;
  }
  const near = listed
    .filter(([word]) => word !== probe)
    .map(([word, other]) => ({ word, shared: sharedBits(path, other) }))
    .sort((a, b) => b.shared - a.shared);
  const within = near.filter(({ shared }) => shared >= Math.min(bits, path.length)).length;
  const shown = near.slice(0, limit).map(({ word, shared }) => `${word}(${shared})`);
  console.log(`${probe} ${path} (${within} words share >= ${bits} bits): ${shown.join(' ')}`);
}

function sharedBits(a: string, b: string): number {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return at;
}
