/**
 * Builds `data/events/verb-dictionary.json.gz` from PETRARCH-2's CAMEO verb dictionary,
 * `../shared/data/phoenix/CAMEO.2.0.txt` (MIT, Open Event Data Alliance): every synonym set, verb
 * block, verb, pattern and transformation, each with its source line.
 *
 *   npx tsx training/events/build-verb-dictionary.ts [--shared ../shared]
 *                                                    [--out data/events/verb-dictionary.json.gz]
 *
 * Prints the counts, every line it could not convert or had to repair, and the codes the CAMEO table
 * (`../shared/data/cameo/cameo_codes.tsv`) does not list. Deterministic: the same source gives the same
 * bytes. Exits with status 1 when a line could not be converted.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  parseVerbDictionaryFile,
  type VerbDictionaryFile,
} from '../../src/stages/events/verb-dictionary-file.js';
import { parseCameoCodes } from './parse-cameo-codes.js';
import { parseVerbDictionary } from './parse-verb-dictionary.js';

const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));

const startedMs = performance.now();
const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: resolve(PROJECT_DIR, '../shared') },
    out: { type: 'string', default: join(PROJECT_DIR, 'data/events/verb-dictionary.json.gz') },
  },
});
const dataDir = join(resolve(values.shared), 'data');
const sourcePath = join(dataDir, 'phoenix/CAMEO.2.0.txt');
const bytes = readFileSync(sourcePath);
const { problems, ...parsed } = parseVerbDictionary(bytes.toString('utf8'));

const file: VerbDictionaryFile = {
  format: 'newsgraph-verb-dictionary',
  version: 1,
  source: {
    file: 'phoenix/CAMEO.2.0.txt',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    origin: 'openeventdata/petrarch2@676801c, petrarch2/data/dictionaries/CAMEO.2.0.txt',
    licence: 'MIT, Copyright (c) 2015 Open Event Data Alliance',
  },
  ...parsed,
};
const checked = parseVerbDictionaryFile(JSON.parse(JSON.stringify(file)));
if ('problem' in checked)
  throw new Error(`the converted dictionary fails its own schema: ${checked.problem}`);
const output = gzipSync(JSON.stringify(file), { level: 9 });
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, output);

const patterns = file.blocks.flatMap((block) => block.patterns);
const lemmas = new Set(file.verbs.map((verb) => verb.lemma));
const forms = new Set(file.verbs.flatMap((verb) => verb.forms));
const blocksOfLemma = new Map<string, Set<number>>();
for (const verb of file.verbs)
  blocksOfLemma.set(verb.lemma, (blocksOfLemma.get(verb.lemma) ?? new Set()).add(verb.block));
const inSeveralBlocks = [...blocksOfLemma].filter(([, blocks]) => blocks.size > 1).map(([lemma]) => lemma);
console.log(`source ${sourcePath} (${bytes.length} bytes)`);
console.log(
  `${Object.keys(file.synsets).length} synonym sets, ${file.blocks.length} blocks, ${file.verbs.length} verb lines ` +
    `(${lemmas.size} lemmas, ${forms.size} surface forms, ${file.verbs.filter((verb) => verb.after || verb.before).length} multi-word), ` +
    `${patterns.length} patterns, ${file.transformations.length} transformations`,
);
console.log(
  `lemmas in more than one block (${inSeveralBlocks.length}): ${inSeveralBlocks.sort().join(', ')}`,
);

for (const outcome of ['skipped', 'repaired', 'kept'] as const) {
  const listed = problems.filter((problem) => problem.outcome === outcome);
  console.log(`lines ${outcome}: ${listed.length}`);
  for (const { line, text, message } of listed) console.log(`  line ${line}: ${message}: ${text.trim()}`);
}

const cameo = parseCameoCodes(readFileSync(join(dataDir, 'cameo/cameo_codes.tsv'), 'utf8'));
const known = new Set(cameo.codes.map((entry) => entry.code));
const unknown = new Map<string, number[]>();
const noteUnknown = (code: string | null, line: number) => {
  if (code !== null && !known.has(code)) unknown.set(code, [...(unknown.get(code) ?? []), line]);
};
for (const block of file.blocks) {
  noteUnknown(block.code.active, block.line);
  noteUnknown(block.code.passive, block.line);
  for (const pattern of block.patterns) {
    noteUnknown(pattern.code.active, pattern.line);
    noteUnknown(pattern.code.passive, pattern.line);
  }
}
for (const verb of file.verbs) {
  noteUnknown(verb.code?.active ?? null, verb.line);
  noteUnknown(verb.code?.passive ?? null, verb.line);
}
for (const transformation of file.transformations)
  noteUnknown(transformation.result.code, transformation.line);
console.log(`codes the CAMEO table does not list: ${unknown.size}`);
for (const [code, lines] of [...unknown].sort()) console.log(`  ${code} on lines ${lines.join(', ')}`);

console.log(
  `wrote ${values.out} (${output.length} bytes gzip, ${JSON.stringify(file).length} bytes JSON) ` +
    `in ${Math.round(performance.now() - startedMs)} ms`,
);
if (problems.some((problem) => problem.outcome === 'skipped')) process.exitCode = 1;
