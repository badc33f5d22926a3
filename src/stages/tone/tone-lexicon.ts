import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type DataFileKind, dataFileFormatError, readDataFile } from '../read-data-file.js';

const TONE_LEXICON_FILE: DataFileKind = {
  name: 'tone lexicon',
  rebuild: 'npx tsx training/tone/build-tone-lexicon.ts',
};

const LOWER_CASE_WORD = /^[a-z]+(?:-[a-z]+)*$/;

const toneLexiconFile = z.object({
  format: z.literal('newsgraph-tone-lexicon'),
  version: z.literal(1),
  source: z.object({
    package: z.string(),
    version: z.string(),
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    licence: z.string(),
  }),
  positive: z.array(z.string().regex(LOWER_CASE_WORD)),
  negative: z.array(z.string().regex(LOWER_CASE_WORD)),
});

/** `data/tone/tone-lexicon.json.gz` as stored (gzip-compressed JSON), each list sorted. */
export type ToneLexiconFile = z.infer<typeof toneLexiconFile>;

/**
 * Lower-case words (single words or hyphenated compounds, "short-sighted") and their tone:
 * 1 positive, -1 negative.
 */
export type ToneLexicon = ReadonlyMap<string, 1 | -1>;

export const SHIPPED_TONE_LEXICON = fileURLToPath(
  new URL('../../../data/tone/tone-lexicon.json.gz', import.meta.url),
);

/** Reads the tone lexicon built by `training/tone/build-tone-lexicon.ts`. */
export function loadToneLexicon(path: string = SHIPPED_TONE_LEXICON): ToneLexicon {
  const file = readDataFile(path, TONE_LEXICON_FILE, toneLexiconFile);
  const lexicon = new Map<string, 1 | -1>(file.positive.map((word) => [word, 1]));
  for (const word of file.negative) {
    if (lexicon.has(word)) {
      throw dataFileFormatError(path, TONE_LEXICON_FILE, `"${word}" is both positive and negative`);
    }
    lexicon.set(word, -1);
  }
  return lexicon;
}

let shipped: ToneLexicon | undefined;

/** The shipped tone lexicon, read once per process. */
export function shippedToneLexicon(): ToneLexicon {
  shipped ??= loadToneLexicon();
  return shipped;
}
