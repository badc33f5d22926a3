import type { CorefChain } from '../../document/annotations.js';

/**
 * The code of the one coded person whose name holds an uncoded one-word name as a word: "Wang"
 * of "Wang Yi", when coreference left them apart. Undefined when no one, or people with
 * different codes, share the word.
 */
export function fullerNameCode(
  chain: CorefChain,
  codes: ReadonlyMap<CorefChain, string | undefined>,
): string | undefined {
  const name = chain.name.trim().toLowerCase();
  if (name === '' || /\s/.test(name)) return undefined;
  const found = new Set<string>();
  for (const [other, code] of codes) {
    if (other === chain || other.type !== 'PERSON' || code === undefined) continue;
    const words = other.name.toLowerCase().split(/\s+/);
    if (words.length > 1 && words.includes(name)) found.add(code);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
