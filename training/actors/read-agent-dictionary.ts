import type { AgentNoun } from '../../src/stages/actors/actor-dictionary-file.js';
import type { DictionaryProblem } from './read-actor-dictionary.js';

/**
 * Reads a PETRARCH agents dictionary (`Phoenix.agents.txt`) into agent nouns, in lower case,
 * following PETRARCH's documentation:
 *
 * - `MINISTER_OF_DEFENSE [~GOVMIL]`: the phrase and its code; `~GOV` adds the role after the
 *   actor's code (the usual case), `IGO~` before it (`isPrefix`);
 * - regular plurals are made automatically; `{PLURAL}` gives an irregular one and `{}` none
 *   ("POLICE {} [~COP]");
 * - `!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON` defines a substitution set; a phrase containing
 *   `!PERSON!` stands for one phrase per member, with no plurals made;
 * - one of the stems the file says remain (`DEFENCE_MINIST [~GOVMIL]`) is the name of a
 *   substitution set written without its marks, as the phrase's last word: it stands for the set
 *   too ("defence minister", "defence ministry"), since read as a word it matches no text.
 *
 * Where PETRARCH's code and plain English part, English wins: plurals of words ending in a vowel
 * and "Y" take "S" ("ATTORNEYS", not "ATTORNEIES"), words ending in S, X, Z, CH or SH take "ES",
 * and a phrase ending in "_" ("MINISTRY_") gets no plural, as the verbs dictionary defines.
 * A code closed by "}" instead of "]" (`[~ENV}`) is read. A phrase listed twice keeps its first code.
 */
export function readAgentDictionary(text: string): { agents: AgentNoun[]; problems: DictionaryProblem[] } {
  const agents: AgentNoun[] = [];
  const problems: DictionaryProblem[] = [];
  const seen = new Set<string>();
  const substitutions = new Map<string, string[]>();
  const add = (phrase: string, code: string) => {
    const words = phrase
      .toLowerCase()
      .split(/[_\s]+/)
      .filter((word) => word !== '');
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) return;
    seen.add(key);
    const isPrefix = code.endsWith('~');
    const roleCode = code.replace(/~/g, '');
    agents.push(isPrefix ? { words, roleCode, isPrefix } : { words, roleCode });
  };
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const content = line.replace(/#.*$/, '').trim();
    if (content === '') continue;
    const report = (problem: string) => problems.push({ line: index + 1, problem, text: line });
    const definition = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(content);
    if (definition) {
      const members = (definition[2] ?? '').split(',').map((member) => member.trim());
      substitutions.set(definition[1] as string, members);
      continue;
    }
    const entry = /^([^[]*)\[\s*(~[A-Z0-9]+|[A-Z0-9]+~)\s*[\]}]/.exec(content);
    if (!entry) {
      report('no [code] or an unreadable one');
      continue;
    }
    const [, written = '', code = ''] = entry;
    const marker = /!([A-Z]+)!/.exec(written);
    if (marker) {
      const members = substitutions.get(marker[1] as string);
      if (!members) report(`the substitution set !${marker[1]}! is not defined`);
      const phrase = written.replace(/\{[^}]*\}/, '');
      for (const member of members ?? []) add(phrase.replace(marker[0], member), code);
      continue;
    }
    const braces = /^([^{]*)\{([^}]*)\}/.exec(written);
    const phrase = (braces ? (braces[1] ?? '') : written).trim();
    const stem = /(?:^|_)([A-Z]+)$/.exec(phrase);
    const stemMembers = stem ? substitutions.get(stem[1] as string) : undefined;
    if (stem && stemMembers) {
      const head = phrase.slice(0, phrase.length - (stem[1] as string).length);
      for (const member of stemMembers) add(head + member, code);
      continue;
    }
    add(phrase, code);
    const plural = braces ? (braces[2] ?? '').trim() : pluralOf(phrase);
    if (plural !== '') add(plural, code);
  }
  return { agents, problems };
}

/** The regular plural of a phrase (its last word), or '' when it ends in "_" (no plural). */
export function pluralOf(phrase: string): string {
  if (phrase.endsWith('_')) return '';
  if (/[^AEIOU]Y$/i.test(phrase)) return `${phrase.slice(0, -1)}IES`;
  if (/(?:S|X|Z|CH|SH)$/i.test(phrase)) return `${phrase}ES`;
  return `${phrase}S`;
}
