import { z } from 'zod';
import { checkDataFile } from '../read-data-file.js';

/** The longest name, in words, that a gazetteer holds; it bounds the matcher's work per word. */
export const GAZETTEER_MAX_WORDS = 8;

/**
 * The gazetteer as stored (gzip-compressed JSON): for each category, its names sorted, each name
 * its words joined by single spaces (a word never contains a space). A name listed under two
 * categories belongs to both.
 */
const gazetteerFile = z.object({
  format: z.literal('newsgraph-gazetteer'),
  version: z.literal(1),
  names: z.record(z.string().min(1), z.array(z.string())),
});

export type GazetteerFile = z.infer<typeof gazetteerFile>;

/** The parsed file, or the first problem found, with its path inside the JSON. */
export function parseGazetteerFile(json: unknown): { file: GazetteerFile } | { problem: string } {
  return checkDataFile(gazetteerFile, json);
}
