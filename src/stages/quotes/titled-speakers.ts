import type { Actor, Quote } from '../../document/annotations.js';

/** A title is at most this many words ("UN special envoy"). */
const MAX_TITLE_WORDS = 3;
/** Words of a title set off by commas beside a name ("the UN special envoy for Yemen, Hans Lindqvist"). */
const MAX_APPOSED_WORDS = 8;
const LEADING = /^(the|a|an)\s+/;
const LEADING_ARTICLE = /^(the|a|an)(\s+|$)/i;
/** Words that end a title set off by commas when read backwards or forwards from the name. */
const BOUNDARY = new Set(['the', 'a', 'an', 'and', 'said', 'says', 'told', 'who', 'which']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const LINKS = new Set(['of', 'for', 'in', 'at', 'to', 'on']);
/** Words after a title that open what it covers, not more of the title ("deputy mayor responsible for the environment"). */
const COVERING = new Set(['responsible', 'charged', 'overseeing', 'who', 'whose']);

/**
 * Speakers written only as a title ("Chancellor says…" in a headline, "the envoy said", "Turkish
 * president says") given the actor the article names with that title: right before the name
 * ("Chancellor Olaf Scholz", "envoy Hans Lindqvist"), set off by commas beside it ("The UN
 * special envoy for Yemen, Hans Lindqvist,"; "Tedros, the WHO director-general,"), or given to
 * the name by a verb ("parliament elected Ranil Wickremesinghe as president": then "the new
 * president" is he). A title not found whole is looked up without its first words ("Turkish
 * president" as "president"). A title the article gives to two actors stays unresolved, unless
 * the words before it name the country of one of them ("Turkish president").
 */
export function resolveTitledSpeakers(
  text: string,
  quotes: readonly Quote[],
  actors: readonly Actor[],
  countryOf: (words: readonly string[]) => string | undefined = () => undefined,
): Quote[] {
  // Built on the first speaker that needs it: most articles have none.
  let byTitle: Map<string, Set<string>> | undefined;
  let countries: Map<string, string | null> | undefined;
  let namedLater: NamedTitle[] | undefined;
  return quotes.map((quote) => {
    const speaker = quote.speaker;
    if (!speaker || speaker.actorId !== null) return quote;
    if (isIndefinite(text, speaker.start)) {
      namedLater ??= definiteTitlesOfActors(text, actors);
      const actorId = nameGivenLater(namedLater, speaker);
      return actorId ? { ...quote, speaker: { ...speaker, actorId } } : quote;
    }
    const words = titleWords(speaker.text.toLowerCase().replace(LEADING, ''));
    if (words.length === 1 && PRONOUNS.has(words[0] as string)) return quote;
    byTitle ??= titlesOfActors(text, actors);
    countries ??= new Map(actors.map((actor) => [actor.id, actor.country]));
    for (let first = 0; first < words.length; first++) {
      const found = byTitle.get(words.slice(first).join(' '));
      if (!found) continue;
      let ids = [...found];
      // "Turkish president" when the article names two presidents: the one of that country.
      const country = first > 0 ? countryOf(words.slice(0, first)) : undefined;
      if (ids.length > 1 && country) ids = ids.filter((id) => countries?.get(id) === country);
      return ids.length === 1 ? { ...quote, speaker: { ...speaker, actorId: ids[0] as string } } : quote;
    }
    return quote;
  });
}

/** A title with "the" set off by commas before an actor's name ("The spokeswoman, Lucía Arce,"). */
interface NamedTitle {
  start: number;
  words: string[];
  actorId: string;
}

/** Characters after an indefinite description within which "The <title>, <Name>," names it. */
const MAX_NAMING_DISTANCE = 400;
const DEFINITE_TITLE = /\bthe\s+([\p{L}\s-]{1,40}),\s*$/iu;
/** A capitalised title of one or two words right before a name ("Judge Marta Velásquez Coyoy"). */
const TITLE_BEFORE_NAME = /(?<![\p{L}-])(\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+)?)\s+$/u;

function definiteTitlesOfActors(text: string, actors: readonly Actor[]): NamedTitle[] {
  const titles: NamedTitle[] = [];
  for (const actor of actors)
    for (const mention of actor.mentions) {
      const before = text.slice(Math.max(0, mention.start - 50), mention.start);
      const match = DEFINITE_TITLE.exec(before) ?? TITLE_BEFORE_NAME.exec(before);
      // "The World Food Programme said": a capitalised article is no title.
      const words = titleWords((match?.[1] ?? '').replace(LEADING_ARTICLE, ''));
      if (match && words.length > 0 && words.length <= MAX_TITLE_WORDS)
        titles.push({ start: mention.start - before.length + match.index, words, actorId: actor.id });
    }
  return titles.sort((a, b) => a.start - b.start);
}

/**
 * "A spokeswoman for Cordillera Copper said …. The spokeswoman, Lucía Arce, said …": an indefinite
 * description is the person the text names next with its title and "the", set off by commas, or
 * with its title capitalised right before the name ("A judge in Quetzaltenango ordered …, saying
 * …. Judge Marta Velásquez Coyoy said"), soon after it.
 */
function nameGivenLater(
  titles: readonly NamedTitle[],
  speaker: { text: string; end: number },
): string | undefined {
  const described = ` ${titleWords(speaker.text).join(' ')} `;
  const next = titles.find((title) => title.start >= speaker.end);
  if (!next || next.start - speaker.end > MAX_NAMING_DISTANCE) return undefined;
  return described.includes(` ${next.words.join(' ')} `) ? next.actorId : undefined;
}

/** "a 71-year-old resident", "a trader": an indefinite description brings in someone new. */
function isIndefinite(text: string, start: number): boolean {
  return /\b(a|an|one)\s+(\S*-)?$/i.test(text.slice(Math.max(0, start - 20), start));
}

/** Each title written beside an actor's name, and its last words, to the actors it is given to. */
function titlesOfActors(text: string, actors: readonly Actor[]): Map<string, Set<string>> {
  const titles = new Map<string, Set<string>>();
  const add = (title: string, actorId: string) => {
    const known = titles.get(title);
    if (known) known.add(actorId);
    else titles.set(title, new Set([actorId]));
  };
  for (const actor of actors) {
    for (const mention of actor.mentions) {
      const before = text.slice(Math.max(0, mention.start - 80), mention.start);
      if (/\s$/.test(before)) {
        const words = titleWords(before.replace(/,\s*$/, ' '));
        const apposed = /,\s*$/.test(before) ? apposedBefore(words) : words.slice(-MAX_TITLE_WORDS);
        for (const title of suffixes(apposed)) add(title, actor.id);
      }
      const after = text.slice(mention.end, mention.end + 80);
      if (/^,\s/.test(after)) {
        for (const title of suffixes(apposedAfter(titleWords(after.split(/[,.;]/)[1] ?? ''))))
          add(title, actor.id);
      }
      if (INSTALLING.test(before))
        for (const title of suffixes(installedTitle(text.slice(mention.end, mention.end + 160))))
          add(title, actor.id);
    }
  }
  return titles;
}

/** A verb that gives the name after it an office ("parliament elected Ranil Wickremesinghe as president"). */
const INSTALLING =
  /\b(elect|elects|elected|appoint|appoints|appointed|name|names|nominate|nominates|nominated|swore in|swears in)\s+$/i;
/** The office after the name: past an aside between commas, after "as", up to a link or a comma. */
const INSTALLED =
  /^(?:,[^,.;]{1,80},)?\s+(?:as\s+)?(?:the\s+|its\s+|their\s+)?([\p{L}\s-]{1,40}?)(?=\s+(?:on|in|at|to|for|after|before|by|with|of)\b|[,.;:]|$)/iu;

/**
 * "elected Ranil Wickremesinghe, the six-time prime minister, as president on Wednesday":
 * the office the verb gives the name, at most MAX_TITLE_WORDS words, or none.
 */
function installedTitle(after: string): string[] {
  const words = titleWords(INSTALLED.exec(after)?.[1] ?? '');
  return words.length <= MAX_TITLE_WORDS ? words : [];
}

/** The lower-case words of a text, hyphens splitting words as the tokenizer does ("director-general"). */
function titleWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => /^[\p{L}.]+$/u.test(word));
}

/** "the un special envoy for yemen" before ", Name": the title's words, up to a determiner, without "for Yemen". */
function apposedBefore(words: readonly string[]): string[] {
  let first = words.length;
  while (first > 0 && words.length - first < MAX_APPOSED_WORDS && !BOUNDARY.has(words[first - 1] as string))
    first--;
  const title = words.slice(first);
  const link = title.findIndex((word) => LINKS.has(word));
  return link > 0 ? title.slice(0, link) : title;
}

/** "the who director general" after "Name, ": the title's words without its determiner. */
function apposedAfter(words: readonly string[]): string[] {
  const from = BOUNDARY.has(words[0] ?? '') ? 1 : 0;
  const title = words.slice(from, from + MAX_APPOSED_WORDS);
  const link = title.findIndex((word) => LINKS.has(word) || BOUNDARY.has(word) || COVERING.has(word));
  return link > 0 ? title.slice(0, link) : title;
}

/** "special envoy", "envoy": the title and its shorter endings, at most MAX_TITLE_WORDS words each. */
function suffixes(words: readonly string[]): string[] {
  const result: string[] = [];
  for (let count = 1; count <= MAX_TITLE_WORDS && count <= words.length; count++)
    result.push(words.slice(words.length - count).join(' '));
  return result;
}
