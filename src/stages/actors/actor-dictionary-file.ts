import { z } from 'zod';
import { checkDataFile } from '../read-data-file.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');
const cameoCode = z.string().regex(/^[A-Z0-9]+$/, 'expected a CAMEO code in capitals');
const word = z.string().regex(/^\S+$/, 'expected a word without spaces');

const datedCode = z.object({ code: cameoCode, from: isoDate.optional(), to: isoDate.optional() });

const knownActor = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  wikidataId: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  variants: z.array(z.array(word).min(1)).min(1),
  codes: z.array(datedCode),
  sources: z.array(z.string().min(1)).min(1),
});

const agentNoun = z.object({
  words: z.array(word).min(1),
  roleCode: cameoCode,
  isPrefix: z.literal(true).optional(),
});

const actorDictionaryFile = z.object({
  format: z.literal('newsgraph-actor-dictionary'),
  version: z.literal(1),
  sources: z.array(z.object({ name: z.string(), licence: z.string() })),
  actors: z.array(knownActor),
  agents: z.array(agentNoun),
});

/**
 * A CAMEO code and the dates it holds, both ends included (ISO dates). A code without `from` and
 * `to` is the actor's default: it applies on a date that no dated code covers.
 */
export type DatedCode = z.infer<typeof datedCode>;

/**
 * One actor of the dictionary: a person, organisation or country with the names it goes by.
 * `variants` are word sequences (the first is `name`'s words), matched ignoring case.
 * `sources` say where it came from ("Phoenix.Countries.actors.txt:23455", "wikidata:Q43723").
 */
export type KnownActor = z.infer<typeof knownActor>;

/**
 * A noun that gives a role to the actor it goes with ("minister" -> GOV, "police" -> COP), in
 * lower case. `isPrefix` marks the few whose code goes before the actor's ("observers" -> IGO).
 */
export type AgentNoun = z.infer<typeof agentNoun>;

/** The actor dictionary as stored (gzip-compressed JSON), built by `training/actors/`. */
export type ActorDictionaryFile = z.infer<typeof actorDictionaryFile>;

/** The parsed file, or the first problem found, with its path inside the JSON. */
export function parseActorDictionaryFile(json: unknown): { file: ActorDictionaryFile } | { problem: string } {
  return checkDataFile(actorDictionaryFile, json);
}
