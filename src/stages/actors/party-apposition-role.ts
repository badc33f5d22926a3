import type { Span } from '../../document/span.js';
import type { TokenContext } from './token-context.js';

/**
 * The role of a name the text calls a party, whatever the tagger took it for: "the opposition
 * Winaq party", "The Islamic Action Front, the main opposition party,", "The main opposition party,
 * Chadema,": OPP; the same with "ruling" or "governing": GOV. Undefined when the words around the
 * name do not make it a party of either side.
 */
export function partyAppositionRole(name: Span, tokens: TokenContext): 'OPP' | 'GOV' | undefined {
  const before = tokens.before(name).map((word) => word.text.toLowerCase());
  const after = tokens.after(name).map((word) => word.text.toLowerCase());
  // "the opposition Winaq party"
  if (after[0] === 'party') return sideOf(before.slice(-1));
  // "X, the main opposition party,"
  if (after[0] === ',') {
    const set = after.slice(1, nextComma(after, 1));
    if (set.at(-1) === 'party' && set[0] === 'the') return sideOf(set);
  }
  // "The main opposition party, X,"
  if (before.at(-1) === ',') {
    const set = before.slice(before.lastIndexOf(',', before.length - 2) + 1, -1);
    if (set.at(-1) === 'party' && set[0] === 'the') return sideOf(set);
  }
  return undefined;
}

function sideOf(words: readonly string[]): 'OPP' | 'GOV' | undefined {
  if (words.includes('opposition')) return 'OPP';
  if (words.includes('ruling') || words.includes('governing')) return 'GOV';
  return undefined;
}

function nextComma(words: readonly string[], from: number): number {
  const at = words.indexOf(',', from);
  return at === -1 ? words.length : at;
}
