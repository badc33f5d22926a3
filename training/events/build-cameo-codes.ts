/**
 * Builds `data/events/cameo-codes.json.gz`, the CAMEO event codes with their names, Goldstein values
 * and QuadClass, from `../shared/data/cameo/cameo_codes.tsv` (GDELT's CAMEO lookup table).
 *
 *   npx tsx training/events/build-cameo-codes.ts [--shared ../shared] [--out data/events/cameo-codes.json.gz]
 *
 * Deterministic: the same table gives the same bytes. Exits with status 1 when a row cannot be read.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { CameoCodesFile } from '../../src/stages/events/cameo-codes.js';
import { type CameoTableProblem, parseCameoCodes } from './parse-cameo-codes.js';

const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));

const startedMs = performance.now();
const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: resolve(PROJECT_DIR, '../shared') },
    out: { type: 'string', default: join(PROJECT_DIR, 'data/events/cameo-codes.json.gz') },
  },
});
const tablePath = join(resolve(values.shared), 'data/cameo/cameo_codes.tsv');
const bytes = readFileSync(tablePath);
const parsed = parseCameoCodes(bytes.toString('utf8'));

const file: CameoCodesFile = {
  format: 'newsgraph-cameo-codes',
  version: 1,
  source: {
    file: 'cameo/cameo_codes.tsv',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    origin: "GDELT's CAMEO lookup tables (carrillo/Gdelt@bc540b5, resources/staticTables), two errors fixed",
  },
  codes: parsed.codes,
};
const output = gzipSync(JSON.stringify(file), { level: 9 });
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, output);

const report = (title: string, problems: readonly CameoTableProblem[]) => {
  console.log(`${title}: ${problems.length}`);
  for (const { line, text, message } of problems) console.log(`  line ${line}: ${message}: ${text}`);
};
const roots = parsed.codes.filter((entry) => entry.code.length === 2).length;
console.log(`${parsed.codes.length} codes (${roots} roots) from ${tablePath}`);
report('rows not converted', parsed.rejected);
report('QuadClass disagreeing with the root rule (kept as the table has it)', parsed.quadClassDisagreements);
report('codes whose parent is missing', parsed.missingParents);
console.log(
  `wrote ${values.out} (${output.length} bytes) in ${Math.round(performance.now() - startedMs)} ms`,
);
if (parsed.rejected.length > 0) process.exitCode = 1;
