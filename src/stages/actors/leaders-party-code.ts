import type { ChainMention, CorefChain } from '../../document/annotations.js';
import type { TokenContext } from './token-context.js';

const POSSESSIVE = /^(.+?)(?:'s|’s)$/u;

/** Roles of a leader whose party acts on the leader's side. */
const SIDES = new Set(['OPP', 'GOV']);

/**
 * The code of an organisation named as a party leader's ("Chamisa's Citizens Coalition for
 * Change"): the leader's own, when the leader is coded as the opposition or the government, since
 * the party is on the leader's side whatever its name's words say (CVL for "Citizens"). `leaderCode`
 * gives the code of the one person with that surname; undefined when the name has no such owner.
 */
export function leadersPartyCode(
  name: ChainMention,
  tokens: TokenContext,
  leaderCode: (surname: string) => string | undefined,
): string | undefined {
  const first = name.text.split(/\s+/)[0] ?? '';
  const before = tokens.before(name).map((word) => word.text);
  const owner =
    POSSESSIVE.exec(first)?.[1] ?? (/^(?:'s|’s)$/u.test(before.at(-1) ?? '') ? before.at(-2) : undefined);
  if (owner === undefined || !/^\p{Lu}/u.test(owner)) return undefined;
  const code = leaderCode(owner);
  return code !== undefined && SIDES.has(code.slice(3)) ? code : undefined;
}

/** The code of each surname that one coded person alone bears, from their chains' names. */
export function codesBySurname(
  codes: ReadonlyMap<CorefChain, string | undefined>,
): Map<string, string | undefined> {
  const found = new Map<string, string | undefined>();
  for (const [chain, code] of codes) {
    if (chain.type !== 'PERSON' || code === undefined) continue;
    const surname = chain.name.split(/\s+/).at(-1) ?? '';
    found.set(surname, found.has(surname) && found.get(surname) !== code ? undefined : code);
  }
  return found;
}
