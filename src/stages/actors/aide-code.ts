import type { CorefChain } from '../../document/annotations.js';
import { isLeaderWord } from './organisation-code.js';
import type { TokenContext } from './token-context.js';

/** The possessive pronouns before an aide's title ("His chief of staff, X,"). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
/** Possessives that may stand for an organisation, which coreference links to no chain. */
const ORGANISATION_POSSESSIVES = new Set(['its', 'their']);
/** Words of an aide's title between the possessive and the name ("chief of staff"), at most. */
const MAX_AIDE_WORDS = 4;

/**
 * The code of the person or body an aide serves, written before the aide's name as a possessive
 * and a leader's or spokesperson's title set off by a comma ("His chief of staff, Akylbek
 * Toktogulov,", "her spokesman, Ana Ruiz,"): the aide acts for them. "His wife, X," names no office.
 * "Its" or "their" that coreference links to nothing is the organisation named last before it
 * (`organisationBefore`): "The Andean Miners' Union said … Its president, Rosa Pari, said".
 */
export function aideCode(
  chain: CorefChain,
  context: TokenContext,
  chainAt: (start: number) => CorefChain | undefined,
  codes: ReadonlyMap<CorefChain, string | undefined>,
  organisationBefore: (start: number) => CorefChain | undefined = () => undefined,
): string | undefined {
  for (const mention of chain.mentions) {
    if (mention.kind !== 'name') continue;
    const before = context.before(mention);
    if (before.at(-1)?.text !== ',') continue;
    const comma = before.findLastIndex((word, at) => at < before.length - 1 && word.text === ',');
    const title = before.slice(comma + 1, -1);
    const possessive = title[0];
    if (!possessive || !POSSESSIVE_PRONOUNS.has(possessive.text.toLowerCase())) continue;
    const words = title.slice(1).map((word) => word.text);
    if (words.length === 0 || words.length > MAX_AIDE_WORDS || !words.some((word) => isAideWord(word)))
      continue;
    const served =
      chainAt(possessive.start) ??
      (ORGANISATION_POSSESSIVES.has(possessive.text.toLowerCase())
        ? organisationBefore(possessive.start)
        : undefined);
    const code = served && served !== chain ? codes.get(served) : undefined;
    if (code !== undefined) return code;
  }
  return undefined;
}

/** A leader's word (which counts spokespeople) or an adviser's. */
export function isAideWord(word: string): boolean {
  return isLeaderWord(word) || /^(aide|adviser|advisor)$/i.test(word);
}
