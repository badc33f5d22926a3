import { z } from 'zod';

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
  const result = gazetteerFile.safeParse(json);
  if (result.success) return { file: result.data };
  const issue = result.error.issues[0];
  return { problem: `${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}` };
}
