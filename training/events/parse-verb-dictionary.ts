import type {
  SynsetRecord,
  VerbBlockRecord,
  VerbDictionaryFile,
  VerbLineRecord,
  VerbTransformation,
} from '../../src/stages/events/verb-dictionary-file.js';
import { parseDictionaryCode } from './parse-dictionary-code.js';
import { parseVerbLine } from './parse-verb-line.js';
import { parseVerbPattern } from './parse-verb-pattern.js';
import { pluralOfPhrase } from './verb-forms.js';

/**
 * A source line that was not converted (`skipped`), was converted after dropping something
 * (`repaired`), or was converted as written but refers to something the file does not define (`kept`).
 */
export interface VerbDictionaryProblem {
  line: number;
  text: string;
  message: string;
  outcome: 'skipped' | 'repaired' | 'kept';
}

export type ParsedVerbDictionary = Omit<VerbDictionaryFile, 'format' | 'version' | 'source'> & {
  problems: VerbDictionaryProblem[];
};

const HEADER = /^---\s+(\S+?)\s*(?:\[([^\]]*)\])?[-\s]*$/;
const MEMBER_WORD = /^[a-z0-9][a-z0-9.'/-]*$/;
const TRANSFORMATION_LEFT = /^(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)$/;
const TRANSFORMATION_RIGHT = /^(\S+)\s+(\S+)\s+(\S+)$/;

/**
 * Reads a PETRARCH-2 verb dictionary (`CAMEO.2.0.txt`). Lines, by their first character:
 * `#` comment; `&NAME` starts a synonym set whose members follow as `+WORD_WORD` lines; `---` starts a
 * verb block `--- NAME [code] ---`, followed by its verbs (a `+` line there is a multi-word verb) and its
 * patterns (`-`); `~` a transformation. Everything after `#` (and, on verb lines, the legacy `;`) is a
 * comment. Every line that is not converted becomes a problem; nothing is dropped silently.
 */
export function parseVerbDictionary(text: string): ParsedVerbDictionary {
  const synsets: Record<string, SynsetRecord> = {};
  const blocks: VerbBlockRecord[] = [];
  const verbs: VerbLineRecord[] = [];
  const transformations: VerbTransformation[] = [];
  const problems: VerbDictionaryProblem[] = [];
  let synset: { record: SynsetRecord; isPlural: boolean } | undefined;
  let block: VerbBlockRecord | undefined;

  /** Converts one line; returns why it was skipped, if it was. */
  const readLine = (line: number, trimmed: string, note: (message: string) => void): string | undefined => {
    if (trimmed === '' || trimmed.startsWith('#')) return undefined;

    if (trimmed.startsWith('&')) {
      const label = withoutComment(trimmed);
      const name = label.replace(/_$/, '');
      if (!/^&[A-Z0-9_-]+$/.test(name)) return `"${label}" is not a synonym set's name`;
      if (synsets[name]) return `synonym set ${name} is defined twice (line ${synsets[name].line})`;
      synset = { record: { line, members: [] }, isPlural: !label.endsWith('_') };
      synsets[name] = synset.record;
      block = undefined;
      return undefined;
    }
    if (trimmed.startsWith('+') && synset) {
      const member = withoutComment(trimmed.slice(1));
      const noPlural = !synset.isPlural || member.endsWith('_');
      const words = member
        .replace(/_$/, '')
        .toLowerCase()
        .split(/[_\s]+/);
      if (!words.every((word) => MEMBER_WORD.test(word))) return `"${member}" is not a phrase of words`;
      const plural = noPlural ? undefined : pluralOfPhrase(words);
      synset.record.members.push(plural ? { words, plural } : { words });
      return undefined;
    }
    if (trimmed.startsWith('---')) {
      const header = HEADER.exec(trimmed);
      if (!header) return 'not a block header: --- NAME [code] ---';
      const code = parseDictionaryCode(header[2] ?? '---');
      if ('error' in code) return code.error;
      if (code.note) note(code.note);
      block = { name: header[1] as string, line, code: code.code, patterns: [] };
      blocks.push(block);
      synset = undefined;
      return undefined;
    }
    if (trimmed.startsWith('~')) {
      const transformation = parseTransformation(withoutComment(trimmed.slice(1)));
      if ('error' in transformation) return transformation.error;
      transformations.push({ line, text: trimmed, ...transformation.transformation });
      block = undefined;
      synset = undefined;
      return undefined;
    }
    if (!block) return 'outside any verb block or synonym set';
    if (trimmed.startsWith('-')) {
      const parsed = parseVerbPattern(withoutComment(trimmed.slice(1)));
      if ('error' in parsed) return parsed.error;
      for (const message of parsed.notes) note(message);
      block.patterns.push({ line, text: trimmed, ...parsed.pattern });
      return undefined;
    }
    const parsed = parseVerbLine(withoutComment(trimmed).replace(/;.*$/, ''));
    if ('error' in parsed) return parsed.error;
    for (const message of parsed.notes) note(message);
    verbs.push({ ...parsed.verb, block: blocks.length - 1, line });
    return undefined;
  };

  text.split(/\r?\n/).forEach((raw, index) => {
    const written = raw.trimEnd();
    const line = index + 1;
    const note = (message: string) => problems.push({ line, text: written, message, outcome: 'repaired' });
    const skipped = readLine(line, written.trim(), note);
    if (skipped !== undefined) problems.push({ line, text: written, message: skipped, outcome: 'skipped' });
  });

  problems.push(...undefinedSynsets(blocks, synsets));
  problems.sort((a, b) => a.line - b.line);
  return { synsets, blocks, verbs, transformations, problems };
}

function withoutComment(text: string): string {
  const at = text.indexOf('#');
  return (at < 0 ? text : text.slice(0, at)).trim();
}

/** Patterns naming a synonym set the file does not define: kept, reported (PETRARCH-2 cannot match them). */
function undefinedSynsets(
  blocks: readonly VerbBlockRecord[],
  synsets: Readonly<Record<string, SynsetRecord>>,
): VerbDictionaryProblem[] {
  const problems: VerbDictionaryProblem[] = [];
  for (const pattern of blocks.flatMap((block) => block.patterns)) {
    const parts = [...pattern.before, ...pattern.after];
    const nouns = parts.flatMap((part) =>
      part.kind === 'noun' ? [part] : part.kind === 'preposition' ? part.objects : [],
    );
    const names = nouns.flatMap((noun) =>
      noun.tokens.flatMap((token) => (token.kind === 'synset' ? [token.name] : [])),
    );
    for (const name of new Set(names)) {
      if (synsets[name]) continue;
      problems.push({
        line: pattern.line,
        text: pattern.text,
        message: `refers to the synonym set ${name}, which the file does not define`,
        outcome: 'kept',
      });
    }
  }
  return problems;
}

function parseTransformation(
  body: string,
): { transformation: Omit<VerbTransformation, 'line' | 'text'> } | { error: string } {
  const [left = '', right, ...rest] = body.split('=').map((side) => side.trim());
  const pattern = TRANSFORMATION_LEFT.exec(left);
  const result = right === undefined ? null : TRANSFORMATION_RIGHT.exec(right);
  if (!pattern || !result || rest.length > 0) {
    return { error: 'not a transformation: ~ a (b c VERB) VERB = x y CODE' };
  }
  const [, speaker = '', source = '', target = '', innerVerb = '', verb = ''] = pattern;
  const [, resultSource = '', resultTarget = '', code = ''] = result;
  if (code !== 'Q' && !/^\d{2,4}$/.test(code)) return { error: `"${code}" is not a CAMEO code or Q` };
  const words = (verbText: string) => verbText.toLowerCase().split('_');
  return {
    transformation: {
      speaker,
      verb: words(verb),
      inner: { source, target, verb: innerVerb === 'Q' ? null : words(innerVerb) },
      result: { source: resultSource, target: resultTarget, code: code === 'Q' ? null : code },
    },
  };
}
