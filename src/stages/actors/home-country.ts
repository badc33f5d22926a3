import type { Token } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';
import type { ActorDictionary } from './actor-dictionary.js';
import { countryOf } from './country-codes.js';

/** The article's country has at least this share of all the country mentions... */
const MIN_SHARE = 0.75;
/** ... or at least this share and this many mentions more than the next country (Ghana 4 times, Ukraine and the US once). */
const MIN_LEADING_SHARE = 0.6;
const MIN_LEAD = 2;

/** How many mentions a country named in the headline counts for. */
const HEADLINE_WEIGHT = 2;

/** A country's name has at most this many words ("United Arab Emirates"). */
const MAX_COUNTRY_WORDS = 3;

/**
 * The country an article is mostly about: the one whose names, demonyms and cities (those the
 * dictionary gives a country's code: "Sanaa" -> YEM) are written most often, longest match first.
 * `alsoNamed` are more mentions to count, by country (those of the people and organisations
 * already coded: "Chancellor Olaf Scholz" names Germany without writing it).
 * Undefined when no country is named (at least `minMentions` times), or none has three quarters of the mentions (or 60% and two
 * more than the next): in a story between countries a bare title may be anyone's, and a wrong code
 * is worse than none. For titles that name no country ("Finance Minister Yaw Mensah", "the mayor")
 * in a domestic story.
 */
export function homeCountry(
  dictionary: ActorDictionary,
  text: string,
  tokens: readonly Token[],
  date: string | undefined,
  alsoNamed: ReadonlyMap<string, number> = new Map(),
  minMentions = 1,
): string | undefined {
  return leadingCountry(countryMentions(dictionary, text, tokens, date, alsoNamed), minMentions);
}

/**
 * How often the article names each country (ISO-3): its names, demonyms and the cities the
 * dictionary gives a country's code, longest match first, plus `alsoNamed`. Words inside
 * `organisationNames` are not counted: a place in a company's name ("Cordillera Copper", "Radio
 * Andina Sur") does not say where the story is, and an organisation the dictionary codes is
 * counted through its code in `alsoNamed`. A country in the `headline` counts twice: the headline
 * says what the story is about ("Peru mine blockade enters third week"), where the body may name
 * the country only through its people and places.
 */
export function countryMentions(
  dictionary: ActorDictionary,
  text: string,
  tokens: readonly Token[],
  date: string | undefined,
  alsoNamed: ReadonlyMap<string, number> = new Map(),
  organisationNames: readonly Span[] = [],
  headline?: Span,
): Map<string, number> {
  const counts = new Map(alsoNamed);
  for (const { country, start } of countriesIn(dictionary, text, tokens, date, organisationNames)) {
    const isInHeadline = headline !== undefined && start < headline.end;
    counts.set(country, (counts.get(country) ?? 0) + (isInHeadline ? HEADLINE_WEIGHT : 1));
  }
  return counts;
}

/** The first country the `headline` names ("Jordan warns aid cuts threaten Syrian refugees": JOR), outside organisations' names. */
export function headlineCountry(
  dictionary: ActorDictionary,
  text: string,
  tokens: readonly Token[],
  date: string | undefined,
  headline: Span,
  organisationNames: readonly Span[] = [],
): string | undefined {
  const inHeadline = tokens.filter((token) => token.end <= headline.end);
  for (const { country } of countriesIn(dictionary, text, inHeadline, date, organisationNames))
    return country;
  return undefined;
}

/** Each country named, by a name, demonym or city, with where it starts, outside `organisationNames`. */
function* countriesIn(
  dictionary: ActorDictionary,
  text: string,
  tokens: readonly Token[],
  date: string | undefined,
  organisationNames: readonly Span[],
): Generator<{ country: string; start: number }> {
  const words = tokens.map((token) => text.slice(token.start, token.end));
  const isInsideName = insideSpans(tokens, organisationNames);
  for (let at = 0; at < words.length; at++) {
    if (!/^\p{Lu}/u.test(words[at] as string) || isInsideName[at]) continue;
    for (let k = Math.min(MAX_COUNTRY_WORDS, words.length - at); k >= 1; k--) {
      if (isInsideName[at + k - 1]) continue;
      const country = countryOf(dictionary, words.slice(at, at + k), date);
      if (country === undefined) continue;
      yield { country, start: (tokens[at] as Token).start };
      at += k - 1;
      break;
    }
  }
}

/** Whether each token starts inside one of `spans` (which do not overlap). */
function insideSpans(tokens: readonly Token[], spans: readonly Span[]): boolean[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const inside: boolean[] = [];
  let s = 0;
  for (const token of tokens) {
    while (s < sorted.length && (sorted[s] as Span).end <= token.start) s++;
    const span = sorted[s];
    inside.push(span !== undefined && span.start <= token.start);
  }
  return inside;
}

/**
 * The country of `counts` that the article is mostly about, by the rule of `homeCountry`; or,
 * short of that, `headlineFirst` when it is named more often than any other country ("Jordan warns
 * aid cuts threaten Syrian refugees", Jordan 8 times and Syria 7): the headline's first country is
 * the one acting in the story.
 */
export function leadingCountry(
  counts: ReadonlyMap<string, number>,
  minMentions = 1,
  headlineFirst?: string,
): string | undefined {
  let total = 0;
  let best: [string, number] | undefined;
  let second = 0;
  for (const [country, count] of counts) {
    total += count;
    if (best === undefined || count > best[1]) {
      second = best?.[1] ?? 0;
      best = [country, count];
    } else second = Math.max(second, count);
  }
  if (best === undefined) return undefined;
  const [country, count] = best;
  if (count < minMentions) return undefined;
  const leads = count >= MIN_LEADING_SHARE * total && count - second >= MIN_LEAD;
  const isHeadlineFirst = country === headlineFirst && count > second;
  return count >= MIN_SHARE * total || leads || isHeadlineFirst ? country : undefined;
}
