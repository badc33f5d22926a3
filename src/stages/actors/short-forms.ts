import type { CorefChain } from '../../document/annotations.js';

/**
 * The last words of the coded organisations' names, each with its organisation's code: how an
 * article names an organisation again after it named it in full ("the European Commission" ...
 * "Commission President Ursula von der Leyen", "the Commission said"). A last word that another
 * organisation of the article shares, with another code or none ("the African Union Commission"),
 * is left out: the short form may be either.
 */
export function shortForms(codes: ReadonlyMap<CorefChain, string | undefined>): Map<string, string> {
  const forms = new Map<string, string | null>();
  for (const [chain, code] of codes) {
    if (chain.type !== 'ORG') continue;
    const words = chain.name.split(/\s+/);
    const last = words.at(-1) as string;
    if (words.length < 2 || !/^\p{Lu}\p{Ll}/u.test(last)) continue;
    const known = forms.get(last);
    forms.set(last, code !== undefined && (known === undefined || known === code) ? code : null);
  }
  return new Map([...forms].filter((entry): entry is [string, string] => entry[1] !== null));
}
