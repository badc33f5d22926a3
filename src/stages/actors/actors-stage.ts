import type {
  Actor,
  AnnotatedArticle,
  Annotations,
  ChainMention,
  CorefChain,
} from '../../document/annotations.js';
import type { Diagnostic } from '../../document/diagnostic.js';
import type { Span } from '../../document/span.js';
import type { Stage, StageOutput } from '../../pipeline/stage.js';
import { type ActorDictionary, loadActorDictionary } from './actor-dictionary.js';
import { aideCode } from './aide-code.js';
import { appositionCode, type CodedNames } from './apposition-code.js';
import { countryCodes } from './country-codes.js';
import { describedRoles } from './described-roles.js';
import { fullerNameCode } from './fuller-name-code.js';
import { countryMentions, headlineCountry, leadingCountry } from './home-country.js';
import { codesBySurname, leadersPartyCode } from './leaders-party-code.js';
import { nameCountry } from './name-country.js';
import { partyAppositionRole } from './party-apposition-role.js';
import { resolveChainCode } from './resolve-chain-code.js';
import { shortForms } from './short-forms.js';
import { splitActorCode } from './split-actor-code.js';
import { createTokenContext, type TokenContext } from './token-context.js';
import { unionAppositionRole } from './union-apposition-role.js';

let shipped: ActorDictionary | undefined;

/** The shipped actor dictionary, loaded once on first use. */
function shippedDictionary(): ActorDictionary {
  shipped ??= loadActorDictionary();
  return shipped;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An organisation that names no country takes the article's country when it is named this often. */
const BODY_HOME_MENTIONS = 2;

export interface ActorsStageOptions {
  /** The actor dictionary to code with; the shipped one (loaded on first use) when not given. */
  dictionary?: ActorDictionary;
}

/**
 * The article's actors: one per chain of a person or organisation, and per chain of a place the
 * dictionary codes (a country, or a city it gives a country's code), with its CAMEO code on the
 * article's day; null when nothing in the dictionary or the text supports one. Organisations are
 * resolved before people, so a person can take the code of the organisation they head.
 */
export function createActorsStage(
  options: ActorsStageOptions = {},
): Stage<'tokens' | 'entities' | 'chains', 'actors'> {
  return {
    name: 'actors',
    version: '1.34.0',
    requires: ['tokens', 'entities', 'chains'],
    produces: ['actors'],
    run: (article) => findActors(article, options.dictionary ?? shippedDictionary()),
  };
}

/** The actors stage with the shipped actor dictionary. */
export const actorsStage = createActorsStage();

function findActors(
  article: AnnotatedArticle & Pick<Annotations, 'tokens' | 'entities' | 'chains'>,
  dictionary: ActorDictionary,
): StageOutput<'actors'> {
  const day = article.publishedAt.slice(0, 10);
  const date = ISO_DAY.test(day) ? day : undefined;
  const diagnostics: Diagnostic[] = [];
  if (date === undefined)
    diagnostics.push({
      severity: 'warning',
      code: 'actors-no-date',
      message: `The article has no publication date${article.publishedAt ? ` ("${article.publishedAt}" is not an ISO date)` : ''}, so only actor codes that hold at any date were used.`,
    });

  const byStart = new Map<number, { span: Span; code: string }>();
  const byEnd = new Map<number, { span: Span; code: string }>();
  const context = {
    dictionary,
    date,
    tokens: createTokenContext(article.text, article.tokens),
    describedRoles: describedRoles(article.text, article.tokens, dictionary),
    organisations: { byStart, byEnd, byShortForm: new Map<string, string>() } as CodedNames,
  };
  const chains = article.chains.filter(
    (chain) => chain.type === 'PERSON' || chain.type === 'ORG' || chain.type === 'LOCATION',
  );
  const codes = new Map<CorefChain, string | undefined>();
  for (const chain of chains) {
    if (chain.type !== 'PERSON') codes.set(chain, resolveChainCode(chain, context));
  }
  // "Commission" after "the European Commission": an organisation named again by its last word.
  context.organisations.byShortForm = shortForms(codes);
  for (const [chain, code] of codes) {
    if (chain.type === 'ORG' && code === undefined)
      codes.set(chain, context.organisations.byShortForm.get(chain.name));
  }
  addOrganisations(codes, byStart, byEnd);
  const countries = countryCodes(dictionary);
  // A title naming no country ("Finance Minister Yaw Mensah") is read in the article's country,
  // found once the people the dictionary knows are coded: those who asked for it are tried again.
  const askedForHome = new Set<CorefChain>();
  for (const chain of chains) {
    if (chain.type !== 'PERSON') continue;
    const asking = { ...context, homeCountry: () => void askedForHome.add(chain) };
    codes.set(chain, resolveChainCode(chain, asking));
  }
  let mentions: Map<string, number> | undefined;
  const headline = article.paragraphs.find((paragraph) => paragraph.kind === 'title');
  const namesOfOrganisations = organisationNames(chains);
  const countriesNamed = () => {
    mentions ??= countryMentions(
      dictionary,
      article.text,
      article.tokens,
      date,
      codedCountries(codes, countries),
      namesOfOrganisations,
      headline,
    );
    return mentions;
  };
  const headlineFirst =
    headline &&
    headlineCountry(dictionary, article.text, article.tokens, date, headline, namesOfOrganisations);
  const homeOfArticle = (minMentions = 1) => leadingCountry(countriesNamed(), minMentions, headlineFirst);
  const countryOfName = (name: string) => nameCountry(dictionary, name, countriesNamed().keys());
  // "the finance ministry", "the opposition Labour Party": an organisation that names no country is
  // the article's, when it is named twice at least ("The government thanked China" names another
  // country). Coded before the people left, who may head it ("Nasrin Akter, president of the
  // National Garment Workers Federation,").
  const homeOrganisations = new Map<CorefChain, string | undefined>();
  for (const chain of chains) {
    if (chain.type !== 'ORG' || codes.get(chain) !== undefined) continue;
    // The text's word for it ("…, the largest of the unions,") before its name's words ("Teachers").
    const code =
      setOffCode(chain, context.tokens, () => homeOfArticle()) ??
      resolveChainCode(chain, {
        ...context,
        homeCountry: () => homeOfArticle(BODY_HOME_MENTIONS),
      });
    if (code !== undefined) homeOrganisations.set(chain, code);
    codes.set(chain, code);
  }
  // "The Alliance's deputy leader" after "the National Teachers' Alliance, the largest of the unions":
  // the short forms of the organisations just coded.
  if (homeOrganisations.size > 0) {
    context.organisations.byShortForm = shortForms(codes);
    for (const chain of chains) {
      const code = context.organisations.byShortForm.get(chain.name);
      if (chain.type !== 'ORG' || codes.get(chain) !== undefined || code === undefined) continue;
      homeOrganisations.set(chain, code);
      codes.set(chain, code);
    }
  }
  addOrganisations(homeOrganisations, byStart, byEnd);
  for (const chain of chains) {
    const known = codes.get(chain);
    // An elite (ELI: a former president the dictionary knows only so) holds no office that day, and
    // may head an organisation just coded ("the former president who leads the opposition X").
    if (chain.type !== 'PERSON' || (known !== undefined && !known.endsWith('ELI'))) continue;
    // Asked again when it wanted the article's country, or may head an organisation just coded.
    const code =
      askedForHome.has(chain) || homeOrganisations.size > 0
        ? resolveChainCode(chain, {
            ...context,
            homeCountry: () => homeOfArticle(),
            nameCountry: countryOfName,
          })
        : undefined;
    codes.set(chain, code ?? known ?? fullerNameCode(chain, codes));
  }
  // "His chief of staff, Akylbek Toktogulov,": an aide acts for the one the possessive names.
  let chainAt: Map<number, CorefChain> | undefined;
  let organisationsNamed: (readonly [number, CorefChain])[] | undefined;
  for (const chain of chains) {
    if (chain.type !== 'PERSON' || codes.get(chain) !== undefined) continue;
    chainAt ??= new Map(
      chains.flatMap((each) => each.mentions.map((mention) => [mention.start, each] as const)),
    );
    const found = chainAt;
    organisationsNamed ??= chains
      .flatMap((each) =>
        each.type === 'ORG'
          ? each.mentions.filter((m) => m.kind === 'name').map((m) => [m.end, each] as const)
          : [],
      )
      .sort((a, b) => a[0] - b[0]);
    const named = organisationsNamed;
    const code = aideCode(
      chain,
      context.tokens,
      (start) => found.get(start),
      codes,
      (start) => lastBefore(named, start),
    );
    if (code !== undefined) codes.set(chain, code);
  }

  // "The Islamic Action Front, the main opposition party,": a party (or "The union leading the strike,
  // Coordinadora,": a union) the text names as such, even one
  // the tagger took for a place or a person ("the opposition Winaq party"); the text's word beats a
  // code read from the name's words (JORMUS for "Islamic").
  for (const chain of chains) {
    const role = setOffRole(chain, context.tokens);
    const code = codes.get(chain);
    if (role === undefined || code?.slice(3).startsWith(role)) continue;
    const known = code?.slice(0, 3) ?? '';
    const country = countries.has(known) ? known : homeOfArticle();
    if (country !== undefined) codes.set(chain, country + role);
  }

  // "Chamisa's Citizens Coalition for Change": a party named as a leader's is on the leader's side,
  // and so is whoever speaks for it ("Fadzai Moyo, a spokeswoman for ...,").
  let surnames: Map<string, string | undefined> | undefined;
  for (const chain of chains) {
    if (chain.type !== 'ORG') continue;
    surnames ??= codesBySurname(codes);
    const found = surnames;
    const code = firstOfNames(chain, (mention) =>
      leadersPartyCode(mention, context.tokens, (name) => found.get(name)),
    );
    const old = codes.get(chain);
    if (code === undefined || code === old) continue;
    codes.set(chain, code);
    addOrganisations(new Map([[chain, code]]), byStart, byEnd);
    for (const person of chains) {
      if (person.type !== 'PERSON' || old === undefined || codes.get(person) !== old) continue;
      const apposed = firstOfNames(person, (mention) =>
        appositionCode(mention, context.tokens, context.organisations),
      );
      if (apposed === code) codes.set(person, code);
    }
  }

  const actors: Actor[] = [];
  for (const chain of chains) {
    const code = codes.get(chain) ?? null;
    if (chain.type === 'LOCATION' && code === null) continue;
    const { country, roles } = code === null ? { country: null, roles: [] } : splitActorCode(code, countries);
    actors.push({
      id: `actor-${actors.length + 1}`,
      name: chain.name,
      code,
      country,
      roles,
      mentions: chain.mentions.map(({ start, end }) => ({ start, end })),
    });
  }
  return { actors, diagnostics };
}

/** The name mentions of the coded organisations among `codes`, by where they start and end. */
function addOrganisations(
  codes: ReadonlyMap<CorefChain, string | undefined>,
  byStart: Map<number, { span: Span; code: string }>,
  byEnd: Map<number, { span: Span; code: string }>,
): void {
  for (const [chain, code] of codes) {
    if (chain.type !== 'ORG' || code === undefined) continue;
    for (const mention of chain.mentions) {
      if (mention.kind !== 'name') continue;
      byStart.set(mention.start, { span: mention, code });
      byEnd.set(mention.end, { span: mention, code });
    }
  }
}

/** The role of a party or union the text names as such beside one of the chain's names. */
function setOffRole(chain: CorefChain, tokens: TokenContext): string | undefined {
  return firstOfNames(
    chain,
    (mention) => partyAppositionRole(mention, tokens) ?? unionAppositionRole(mention, tokens),
  );
}

/** An organisation named as a party or union (`setOffRole`) in the article's country. */
function setOffCode(
  chain: CorefChain,
  tokens: TokenContext,
  homeOfArticle: () => string | undefined,
): string | undefined {
  const role = setOffRole(chain, tokens);
  const country = role === undefined ? undefined : homeOfArticle();
  return country === undefined ? undefined : country + role;
}

/** The first role or code `find` gives one of the chain's name mentions. */
function firstOfNames(
  chain: CorefChain,
  find: (mention: ChainMention) => string | undefined,
): string | undefined {
  for (const mention of chain.mentions) {
    if (mention.kind !== 'name') continue;
    const found = find(mention);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** How far before a possessive ("Its president, X,") the organisation it stands for may be named. */
const MAX_POSSESSIVE_DISTANCE = 400;

/**
 * The chain of the organisation whose name ends last before `start`, not too far from it. `named`
 * is sorted by where each name ends; a binary search keeps an article of many names linear.
 */
function lastBefore(
  named: readonly (readonly [number, CorefChain])[],
  start: number,
): CorefChain | undefined {
  let low = 0;
  let high = named.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((named[middle] as readonly [number, CorefChain])[0] <= start) low = middle + 1;
    else high = middle;
  }
  const last = named[low - 1];
  return last && start - last[0] <= MAX_POSSESSIVE_DISTANCE ? last[1] : undefined;
}

/** The name mentions of the organisations among `chains`. */
function organisationNames(chains: readonly CorefChain[]): Span[] {
  return chains.flatMap((chain) =>
    chain.type === 'ORG' ? chain.mentions.filter((mention) => mention.kind === 'name') : [],
  );
}

/** The countries of the coded people and organisations, with their mentions. */
function codedCountries(
  codes: ReadonlyMap<CorefChain, string | undefined>,
  countries: ReadonlySet<string>,
): Map<string, number> {
  const coded = new Map<string, number>();
  for (const [chain, code] of codes) {
    const country = code?.slice(0, 3) ?? '';
    if (chain.type !== 'LOCATION' && countries.has(country))
      coded.set(country, (coded.get(country) ?? 0) + chain.mentions.length);
  }
  return coded;
}
