/**
 * Builds `data/tone/tone-lexicon.json.gz`, the positive and negative words of the tone stage,
 * from VADER's lexicon as the npm package vader-sentiment ships it (`vader_lexicon.txt`), and
 * copies the package's LICENSE and NOTICE beside it (Apache-2.0 asks for both).
 *
 *   npx tsx training/tone/build-tone-lexicon.ts [--out data/tone/tone-lexicon.json.gz]
 *
 * Deterministic: the same package gives the same bytes. Exits with status 1 when a line cannot be read.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { NEGATION_WORDS } from '../../src/stages/tone/negation-words.js';
import type { ToneLexiconFile } from '../../src/stages/tone/tone-lexicon.js';
import { parseVaderLexicon } from './parse-vader-lexicon.js';
import { selectToneWords } from './select-tone-words.js';

const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE = 'vader-sentiment';

const { values } = parseArgs({
  options: { out: { type: 'string', default: join(PROJECT_DIR, 'data/tone/tone-lexicon.json.gz') } },
});
const packageDir = dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
const { version, license } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  version: string;
  license: string;
};
const bytes = readFileSync(join(packageDir, 'vader_lexicon.txt'));
const parsed = parseVaderLexicon(bytes.toString('utf8'));
const { positive, negative, dropped } = selectToneWords(parsed.entries, NEGATION_WORDS);

const file: ToneLexiconFile = {
  format: 'newsgraph-tone-lexicon',
  version: 1,
  source: {
    package: PACKAGE,
    version,
    file: 'vader_lexicon.txt',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    licence: `${license} (the package, © 2018 Comcast Cable Communications Management, LLC); the lexicon MIT, © 2016 C.J. Hutto. Changed by newsgraph: words only, by the sign of their mean valence, negation words left out`,
  },
  positive,
  negative,
};
const output = gzipSync(JSON.stringify(file), { level: 9 });
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, output);
for (const name of ['LICENSE', 'NOTICE']) {
  copyFileSync(join(packageDir, name), join(dirname(values.out), `${PACKAGE}.${name}`));
}

const reasons = new Map<string, string[]>();
for (const { token, reason } of dropped) reasons.set(reason, [...(reasons.get(reason) ?? []), token]);
console.log(`${parsed.entries.length} entries of ${PACKAGE}@${version}/vader_lexicon.txt`);
console.log(`${positive.length} positive and ${negative.length} negative words`);
for (const [reason, tokens] of reasons) {
  const shown = reason === 'not a word' ? `${tokens.slice(0, 12).join(' ')} ...` : tokens.join(' ');
  console.log(`left out, ${reason}: ${tokens.length} (${shown})`);
}
for (const { line, text, message } of parsed.rejected) console.log(`  line ${line}: ${message}: ${text}`);
console.log(`wrote ${values.out} (${output.length} bytes)`);
if (parsed.rejected.length > 0) process.exitCode = 1;
