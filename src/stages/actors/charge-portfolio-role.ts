import type { Span } from '../../document/span.js';
import { type ActorDictionary, lookupAgent } from './actor-dictionary.js';
import { officeRole } from './office-role.js';
import type { TokenContext } from './token-context.js';

/** Words of a title set off after a name read at most ("the minister delegate at the presidency in charge of defence"). */
const MAX_TITLE_WORDS = 16;

/** Words of the portfolio after "in charge of", at most ("foreign affairs"). */
const MAX_PORTFOLIO_WORDS = 2;

/**
 * The role of a minister whose portfolio is written "in charge of" after the title, set off after
 * the name: "X, the minister delegate at the presidency in charge of defence," is a defence
 * minister (GOVMIL), not a delegate (LEG); undefined when the phrase says no such portfolio.
 */
export function chargePortfolioRole(
  dictionary: ActorDictionary,
  name: Span,
  tokens: TokenContext,
): string | undefined {
  const after = tokens.after(name, MAX_TITLE_WORDS + 1).map((word) => word.text.toLowerCase());
  if (after[0] !== ',') return undefined;
  const close = after.indexOf(',', 1);
  const set = after.slice(1, close === -1 ? after.length : close);
  const minister = set.indexOf('minister');
  const charge = set.findIndex(
    (word, at) => word === 'in' && set[at + 1] === 'charge' && set[at + 2] === 'of',
  );
  if (minister === -1 || charge < minister) return undefined;
  const portfolio = set.slice(charge + 3).filter((word) => word !== 'the');
  for (let k = Math.min(MAX_PORTFOLIO_WORDS, portfolio.length); k >= 1; k--) {
    const role = lookupAgent(dictionary, [...portfolio.slice(0, k), 'minister']);
    if (role !== undefined) return officeRole(role);
  }
  return undefined;
}
