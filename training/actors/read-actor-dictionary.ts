import type { DatedCode } from '../../src/stages/actors/actor-dictionary-file.js';
import { parseCodeRestriction } from './parse-code-restriction.js';

/** One actor of a PETRARCH actor dictionary, as written. */
export interface DictionaryEntry {
  /** The phrase that opens the entry, as written ("BENJAMIN_NETANYAHU_"). */
  phrase: string;
  /** Its 1-based line. */
  line: number;
  /** Its other phrases: `+` synonyms, and the opening phrases of entries merged into it (see below). */
  synonyms: string[];
  /** Its codes in the order written; the null code `[---]` is left out. */
  codes: DatedCode[];
}

/** A line that could not be read, and why; the rest of the file is still read. */
export interface DictionaryProblem {
  line: number;
  problem: string;
  text: string;
}

/**
 * Reads a PETRARCH (TABARI-derived) actor dictionary, following PETRARCH's documentation:
 *
 * - an entry opens with a phrase at the start of a line ("BENJAMIN_NETANYAHU_"), words joined by
 *   `_` or spaces, optionally followed by `[CODE ...]` groups;
 * - `+` lines add synonyms ("+NETANYAHU"); a few lines glue two with a second `+`;
 * - indented lines (a tab, sometimes spaces) add `[CODE date-restriction]` groups, one or more;
 * - `#` (and the legacy `;`) start a comment, `<!-- ... -->` on one line is a comment, blank lines
 *   are skipped, and `---STOP---` ends the file.
 *
 * As in PETRARCH, an entry without codes shares the codes of the entry that follows it: PETRARCH
 * only moves on to a new set of codes once an entry has some, so `BORIS_YELTSIN_`,
 * `BORIS_N._YELTSIN` ... `RUSSIAN_PRESIDENT_YELTSIN [codes]` on consecutive lines are one actor.
 * Here such an entry becomes part of the next (its phrase a synonym), unless a blank line parts
 * them, where it stays an actor of its own without codes (the International file's lone
 * `U.N._`, which PETRARCH would give the UN Secretary-General's codes).
 */
export function readActorDictionary(text: string): {
  entries: DictionaryEntry[];
  problems: DictionaryProblem[];
} {
  const entries: DictionaryEntry[] = [];
  const problems: DictionaryProblem[] = [];
  let entry: DictionaryEntry | undefined;
  let isBlankSinceEntry = false;
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    if (line.includes('---STOP---')) break;
    if (line.trim() === '') {
      isBlankSinceEntry = true;
      continue;
    }
    const content = withoutComment(line);
    if (content.trim() === '') continue;
    const codes = readCodes(content, (problem) => problems.push({ line: lineNumber, problem, text: line }));
    const phrase = content.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(content)) {
      if (entry) entry.codes.push(...codes);
      else problems.push({ line: lineNumber, problem: 'codes before any entry', text: line });
    } else if (content.startsWith('+')) {
      const synonyms = phrase.split('+').map((synonym) => synonym.trim());
      if (entry) entry.synonyms.push(...synonyms.filter((synonym) => synonym !== ''));
      else problems.push({ line: lineNumber, problem: 'a synonym before any entry', text: line });
      entry?.codes.push(...codes);
    } else if (/:\s/.test(phrase)) {
      // "Source: MNC.MLH.actors": a note that lost its "#", not an actor.
      problems.push({ line: lineNumber, problem: 'prose, not a phrase', text: line });
    } else if (entry && entry.codes.length === 0 && !isBlankSinceEntry) {
      entry.synonyms.push(phrase);
      entry.codes.push(...codes);
    } else {
      entry = { phrase, line: lineNumber, synonyms: [], codes };
      entries.push(entry);
    }
    isBlankSinceEntry = false;
  }
  return { entries, problems };
}

function withoutComment(line: string): string {
  return line.replace(/<!--.*?-->/g, '').replace(/[#;].*$/, '');
}

function readCodes(content: string, report: (problem: string) => void): DatedCode[] {
  const codes: DatedCode[] = [];
  for (const [, inside = ''] of content.matchAll(/\[([^\]]*)\]/g)) {
    const parsed = parseCodeRestriction(inside);
    if (parsed.kind === 'code') codes.push(parsed.dated);
    else if (parsed.kind === 'problem') report(parsed.problem);
  }
  if (/\[[^\]]*$/.test(content)) report('a "[" without its "]"');
  return codes;
}
