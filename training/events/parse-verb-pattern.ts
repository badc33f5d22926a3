import type {
  NounPart,
  PatternPart,
  PatternToken,
  RolePlace,
  VerbPattern,
} from '../../src/stages/events/verb-dictionary-file.js';
import { parseDictionaryCode } from './parse-dictionary-code.js';

/** A pattern without its place in the source file. */
export type ParsedPattern = Omit<VerbPattern, 'line' | 'text'>;

/**
 * Adverbs that English uses as verb particles. Written bare, first after the verb (`- * OFF (FROM ^)`),
 * they are the particle of a phrasal verb rather than a noun. Prepositions that also serve as
 * particles (on, in, over) are left as words: bare in a pattern they usually govern a noun.
 */
const PARTICLES = new Set([
  'up',
  'down',
  'out',
  'off',
  'away',
  'back',
  'forward',
  'aside',
  'together',
  'apart',
  'forth',
]);

const WORD = /^[a-z0-9][a-z0-9.'-]*$/;
const SYNSET = /^&[A-Z0-9_-]+$/;
const CODE_AT_END = /\[([^\]]*)\]\s*$/;

type Side = 'before' | 'after';

/**
 * Reads one pattern of a verb block: what follows the leading `-`, its `#` comment removed, e.g.
 * `* (TO {BANNED PARTIES}) $ [1722]`. The grammar is PETRARCH-2's: the verb `*` splits the pattern;
 * a bare word is a noun; `{...}` a noun phrase (last word the head); `(...)` a prepositional phrase
 * (first word the preposition); `_` joins words that must be consecutive; `$` source, `+` target, `^`
 * any noun phrase, `%` compound actor, `&NAME` a synonym set; `A/B` offers two spellings of a word.
 * `notes` lists anything dropped to read it.
 */
export function parseVerbPattern(
  body: string,
): { pattern: ParsedPattern; notes: string[] } | { error: string } {
  const codeMatch = CODE_AT_END.exec(body);
  if (!codeMatch) return { error: 'no [code] at the end of the pattern' };
  const parsedCode = parseDictionaryCode(codeMatch[1] ?? '');
  if ('error' in parsedCode) return { error: parsedCode.error };
  const notes = parsedCode.note ? [parsedCode.note] : [];

  const parts: Record<Side, PatternPart[]> = { before: [], after: [] };
  let side: Side = 'before';
  let verbJoined = false;
  let verbCount = 0;
  let preposition: { words: string[] | undefined; objects: NounPart[] } | undefined;
  let nounTokens: PatternToken[] | undefined;
  let lastPrepositionTail: string | undefined;
  let objectTail: string | undefined;

  const addNoun = (noun: NounPart) => {
    if (preposition) preposition.objects.push(noun);
    else parts[side].push(noun);
  };

  const written = body.slice(0, codeMatch.index).trim();
  // PETRARCH-2 splits a pattern at "*" wherever it is, so "*SCEPTICAL" reads as "* SCEPTICAL".
  const spaced = written.replace(/([^\s_])\*/g, '$1 *').replace(/\*([^\s_])/g, '* $1');
  if (spaced !== written)
    notes.push('read a "*" written against a word as if spaced from it, as PETRARCH-2 does');

  for (const element of spaced.split(/\s+/)) {
    if (element === '') continue;
    const opens = /^[({]*/.exec(element)?.[0] ?? '';
    const closes = /[)}]*$/.exec(element.slice(opens.length))?.[0] ?? '';
    const core = element.slice(opens.length, element.length - closes.length);

    if (closes.includes(')') && !preposition && !opens.includes('(')) {
      if (closes === ')' && !nounTokens && core === lastPrepositionTail) {
        notes.push(`dropped "${element}", a stray repeat of the end of the phrase before it`);
        continue;
      }
      return { error: `"${element}" closes a phrase that was not opened` };
    }

    lastPrepositionTail = undefined;

    if (core.includes('*')) {
      if (opens || closes || preposition || nounTokens)
        return { error: `the verb "${element}" is inside a phrase` };
      verbCount += 1;
      const segments = core.split('_');
      const at = segments.indexOf('*');
      if (at < 0 || segments.filter((segment) => segment === '*').length !== 1) {
        return { error: `cannot read the verb element "${element}"` };
      }
      if (at > 0) {
        const tokens = toTokens(segments.slice(0, at));
        if ('error' in tokens) return tokens;
        parts.before.push({ kind: 'noun', tokens: tokens.tokens });
        verbJoined = true;
      }
      side = 'after';
      if (at < segments.length - 1) {
        const tokens = toTokens(segments.slice(at + 1));
        if ('error' in tokens) return tokens;
        const [first, ...rest] = tokens.tokens;
        if (first) parts.after.push({ kind: 'noun', tokens: [{ ...first, joined: true }, ...rest] });
      }
      continue;
    }

    let openedHere: typeof preposition;
    for (const open of opens) {
      if (open === '(') {
        if (preposition || nounTokens) return { error: `"${element}" opens a phrase inside another` };
        openedHere = { words: undefined, objects: [] };
        preposition = openedHere;
      } else {
        if (nounTokens) return { error: `"${element}" opens a noun phrase inside another` };
        if (openedHere) return { error: `"${element}" gives no preposition before its noun phrase` };
        nounTokens = [];
      }
    }

    if (core !== '') {
      if (openedHere) {
        const words = toWord(core);
        if (!words) return { error: `"${core}" is not a preposition` };
        openedHere.words = words;
      } else {
        const tokens = toTokens(core.split('_'));
        if ('error' in tokens) return tokens;
        if (nounTokens) nounTokens.push(...tokens.tokens);
        else addNoun({ kind: 'noun', tokens: tokens.tokens });
        if (preposition) objectTail = core;
      }
    }

    for (const close of closes) {
      if (close === '}') {
        if (!nounTokens) return { error: `"${element}" closes a noun phrase that was not opened` };
        if (nounTokens.length === 0) return { error: `"${element}" closes an empty noun phrase` };
        const tokens = nounTokens;
        nounTokens = undefined;
        addNoun({ kind: 'noun', tokens });
      } else {
        if (!preposition || nounTokens) return { error: `"${element}" closes a phrase that was not opened` };
        if (!preposition.words) return { error: `"${element}" closes a phrase without a preposition` };
        parts[side].push({
          kind: 'preposition',
          preposition: preposition.words,
          objects: preposition.objects,
        });
        lastPrepositionTail = preposition.objects.length > 0 ? objectTail : undefined;
        preposition = undefined;
        objectTail = undefined;
      }
    }
  }
  if (preposition || nounTokens) return { error: 'a phrase is not closed' };
  if (verbCount !== 1) return { error: `expected one verb "*", found ${verbCount}` };

  const after = markParticle(parts.after);
  const pattern: ParsedPattern = { code: parsedCode.code, before: parts.before, after };
  if (verbJoined) pattern.verbJoined = true;
  const source = findRole(pattern, 'source');
  const target = findRole(pattern, 'target');
  if (source) pattern.source = source;
  if (target) pattern.target = target;
  return { pattern, notes };
}

/** Tokens of `_`-joined segments; a synonym set's name runs to the end (`&FIGHT_OF_WORDS`). */
function toTokens(segments: readonly string[]): { tokens: PatternToken[] } | { error: string } {
  const tokens: PatternToken[] = [];
  for (let at = 0; at < segments.length; at++) {
    const segment = segments[at] as string;
    let token: PatternToken;
    if (segment === '$') token = { kind: 'source' };
    else if (segment === '+') token = { kind: 'target' };
    else if (segment === '^') token = { kind: 'any' };
    else if (segment === '%') token = { kind: 'compound' };
    else if (segment.startsWith('&')) {
      const name = segments.slice(at).join('_');
      if (!SYNSET.test(name)) return { error: `"${name}" is not a synonym set's name` };
      token = { kind: 'synset', name };
      at = segments.length;
    } else {
      const words = toWord(segment);
      if (!words) return { error: `"${segment}" is not a word` };
      token = { kind: 'word', words };
    }
    tokens.push(tokens.length > 0 ? { ...token, joined: true } : token);
  }
  return { tokens };
}

/** The spellings of a word written `A` or `A/B`, lower case, or undefined if it is not a word. */
function toWord(text: string): string[] | undefined {
  const words = text.toLowerCase().split('/');
  return words.every((word) => WORD.test(word)) ? words : undefined;
}

function markParticle(after: PatternPart[]): PatternPart[] {
  const [first, ...rest] = after;
  if (first?.kind !== 'noun' || first.tokens.length !== 1) return after;
  const token = first.tokens[0];
  if (token?.kind !== 'word' || token.joined || token.words.length !== 1) return after;
  const word = token.words[0] as string;
  return PARTICLES.has(word) ? [{ kind: 'particle', word }, ...rest] : after;
}

function findRole(pattern: ParsedPattern, kind: 'source' | 'target'): RolePlace | undefined {
  for (const side of ['before', 'after'] as const) {
    for (const part of pattern[side]) {
      if (part.kind === 'noun' && part.tokens.some((token) => token.kind === kind)) return { side };
      if (part.kind === 'preposition') {
        const inside = part.objects.some((noun) => noun.tokens.some((token) => token.kind === kind));
        if (inside) return { side, preposition: part.preposition };
      }
    }
  }
  return undefined;
}
