import type { Span } from '../../document/span.js';
import type { CodedNames } from './apposition-code.js';
import type { TokenContext, Word } from './token-context.js';

/** Nouns for a part of an organisation that speaks under a name of its own ("the UN humanitarian office"). */
const PART_NOUNS = new Set(['office', 'agency', 'arm', 'body', 'programme', 'program', 'fund', 'mission']);

/** Lower-case words between the organisation and the noun, at most ("humanitarian", "food aid"). */
const MAX_WORDS_BETWEEN = 3;

const POSSESSIVE = new Set(["'s", '’s']);

/**
 * The code of a coded organisation whose part a name is, set off beside a phrase that says so:
 * "according to the UN humanitarian office, OCHA", "OCHA, the UN's humanitarian office, said":
 * the UN's code. Undefined when no such phrase stands beside the name.
 */
export function describedBodyCode(
  name: Span,
  tokens: TokenContext,
  organisations: CodedNames,
): string | undefined {
  const before = tokens.before(name);
  if (before.at(-1)?.text === ',') {
    const rest = before.slice(0, -1);
    const code = partOfCode(rest.slice(rest.findLastIndex((word) => word.text === ',') + 1), organisations);
    if (code !== undefined) return code;
  }
  const after = tokens.after(name);
  if (after[0]?.text !== ',') return undefined;
  const close = after.findIndex((word, at) => at > 0 && word.text === ',');
  return partOfCode(after.slice(1, close === -1 ? after.length : close), organisations);
}

/** The code of the organisation in "(according to) the <organisation>('s) <lower-case words> <part noun>". */
function partOfCode(words: readonly Word[], organisations: CodedNames): string | undefined {
  if (!PART_NOUNS.has(words.at(-1)?.text.toLowerCase() ?? '')) return undefined;
  for (let at = words.length - 2; at >= Math.max(1, words.length - MAX_WORDS_BETWEEN - 3); at--) {
    const word = words[at] as Word;
    const found = organisations.byEnd.get(word.end);
    if (found !== undefined) {
      const first = words.findIndex((each) => each.start === found.span.start);
      return words[first - 1]?.text.toLowerCase() === 'the' ? found.code : undefined;
    }
    if (!POSSESSIVE.has(word.text) && !/^\p{Ll}+$/u.test(word.text)) return undefined;
  }
  return undefined;
}
