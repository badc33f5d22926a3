import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ActorDictionary, createActorDictionary } from '../../src/stages/actors/actor-dictionary.js';
import { createVerbDictionary, type VerbDictionary } from '../../src/stages/events/verb-dictionary.js';
import { parseVerbDictionaryFile } from '../../src/stages/events/verb-dictionary-file.js';
import { mergeActors } from '../../training/actors/merge-actors.js';
import { readActorDictionary } from '../../training/actors/read-actor-dictionary.js';
import { readAgentDictionary } from '../../training/actors/read-agent-dictionary.js';
import { parseVerbDictionary } from '../../training/events/parse-verb-dictionary.js';

/** The dictionaries of PETRARCH's unit tests, converted, and how many source lines were not. */
export interface ValidationDictionaries {
  actors: ActorDictionary;
  verbs: VerbDictionary;
  /** Discard phrases, lower case, words joined by single spaces. */
  discards: string[];
  /** Source lines each converter skipped (the test files hold deliberately broken lines). */
  skippedLines: { actors: number; agents: number; verbs: number };
}

const ORIGIN = 'openeventdata/petrarch2@676801c, petrarch2/data/dictionaries';

/**
 * Reads `PETR.Validate.actors.txt`, `.agents.txt`, `.verbs.txt` and `.discards.txt` from `folder`
 * with the converters that build the shipped dictionaries (`training/actors`, `training/events`),
 * so the unit tests' fictional actors (Arnor, Gondor, ...) and their verbs can be coded. Names keep
 * the dictionary's capitals: the actor dictionary matches names ignoring case. XML comments, which
 * these files use beside `#`, are blanked first (keeping line numbers).
 */
export function loadValidationDictionaries(folder: string): ValidationDictionaries {
  const read = (file: string) => withoutXmlComments(readFileSync(join(folder, file), 'utf8'));
  const actorFile = 'PETR.Validate.actors.txt';
  const { entries, problems: actorProblems } = readActorDictionary(read(actorFile));
  const { actors } = mergeActors([{ file: actorFile, entries }], [], (words) => [...words]);
  const { agents, problems: agentProblems } = readAgentDictionary(read('PETR.Validate.agents.txt'));

  const verbFile = 'PETR.Validate.verbs.txt';
  const verbBytes = readFileSync(join(folder, verbFile));
  const { problems: verbProblems, ...parsed } = parseVerbDictionary(withoutXmlComments(verbBytes.toString()));
  const checked = parseVerbDictionaryFile({
    format: 'newsgraph-verb-dictionary',
    version: 1,
    source: {
      file: `events/petrarch-validation/${verbFile}`,
      sha256: createHash('sha256').update(verbBytes).digest('hex'),
      origin: `${ORIGIN}/${verbFile}`,
      licence: 'MIT, Copyright (c) 2014 Open Event Data Alliance',
    },
    ...parsed,
  });
  if ('problem' in checked)
    throw new Error(`${verbFile} converts to an invalid dictionary: ${checked.problem}`);

  return {
    actors: createActorDictionary({ actors, agents }),
    verbs: createVerbDictionary(checked.file),
    discards: readDiscards(read('PETR.Validate.discards.txt')),
    skippedLines: {
      actors: actorProblems.length,
      agents: agentProblems.length,
      verbs: verbProblems.filter((problem) => problem.outcome === 'skipped').length,
    },
  };
}

/**
 * The phrases of a PETRARCH discards file, lower case: one per line, `#` starts a comment, and a
 * leading `+` (a story-level discard) is dropped, as every record here is a one-sentence story.
 */
export function readDiscards(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/[#;].*$/, '')
        .replace(/^\s*\+/, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .join(' '),
    )
    .filter((phrase) => phrase !== '');
}

/** Blanks `<!-- ... -->` (also PETRARCH's misspelt `<! --`), keeping the line breaks inside. */
export function withoutXmlComments(text: string): string {
  return text.replace(/<!\s*--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ''));
}
