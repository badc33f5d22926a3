import { seededRandom } from '../clusters/seeded-random.js';
import { loc, norp, org, pad, per, shouted } from './sentence-parts.js';
import { type SentencePart, taggedWords } from './tagged-words.js';
import type { TemplateNames } from './template-names.js';
import type { LabeledDocument } from './train-two-pass.js';

/**
 * Sports pages as news agencies write them, generated from templates written for this project: result
 * lines ("Leeds 2 Hull City 1"), standings tables, scorecards, ranked lists ("Ana Ruiz ( Peru ) 6-3"),
 * short match reports, all-capital headlines and datelines. A club named after a place is ORG
 * there and the place is LOCATION in a dateline or after "at"; a national side keeps its country's
 * LOCATION, as CoNLL-2003 and OntoNotes have it. GMB and UNER hold almost none of this.
 */
export function sportsDocuments(names: TemplateNames, count: number, seed: number): LabeledDocument[] {
  const random = seededRandom(seed);
  const g = generatorOf(names, random);
  const kinds = [
    resultsDocument,
    reportDocument,
    rankingDocument,
    cricketDocument,
    nationalDocument,
    standingsDocument,
  ];
  return Array.from({ length: count }, (_, index) => {
    const kind = kinds[index % kinds.length] as (g: Generator) => SentencePart[][];
    return { id: `sports-${index}`, sentences: kind(g).map(taggedWords) };
  });
}

const SPORTS = ['SOCCER', 'BASKETBALL', 'BASEBALL', 'ICE HOCKEY', 'RUGBY UNION', 'RUGBY LEAGUE', 'HANDBALL'];
const CLUB_SUFFIXES = ['United', 'City', 'Rovers', 'Town', 'Athletic', 'Wanderers', 'Albion', 'County', 'FC'];
const CLUB_PREFIXES = [
  'Real',
  'Dynamo',
  'Sporting',
  'Atletico',
  'Olympique',
  'Inter',
  'Spartak',
  'Racing',
  'AC',
];
const NICKNAMES = [
  'Tigers',
  'Lions',
  'Bears',
  'Eagles',
  'Giants',
  'Kings',
  'Rangers',
  'Pirates',
  'Sharks',
  'Bulls',
];
/** Sides named after regions, as cricket's are. */
const REGION_SIDES =
  `Derbyshire Durham Essex Glamorgan Gloucestershire Hampshire Kent Lancashire Leicestershire
  Middlesex Northamptonshire Nottinghamshire Somerset Surrey Sussex Warwickshire Worcestershire Yorkshire Victoria
  Queensland Tasmania Otago Canterbury Auckland Natal Transvaal Punjab Sind`
    .split(/\s+/)
    .filter(Boolean);
/** Sides of the home nations, which are not countries in the gazetteer but are national sides (LOCATION). */
const HOME_NATIONS = [['England'], ['Scotland'], ['Wales'], ['Northern', 'Ireland'], ['Ireland']];
/** States and a few cities that North American teams are named after ("Texas Rangers", "FLORIDA 64 70"). */
const TEAM_STATES = `Arizona Colorado Florida Minnesota Texas Oakland Utah Carolina Tennessee Indiana`
  .split(/\s+/)
  .map((state) => [state]);
/** What a tournament named after its place is called: "Hong Kong Open" is an EVENT, not the city. */
const TOURNAMENTS = ['Open', 'Grand Prix', 'Classic', 'Masters', 'Marathon', 'Championships', 'Trophy'];
/**
 * Titles that stand before a name in the guests' list; the names are mostly not in the gazetteer,
 * so the title has to be what tells a person ("Secretary of State Mike Pompeo") from a club.
 */
const OFFICE_TITLES = [
  'Secretary of State',
  'Secretary of Defense',
  'Minister of Sport',
  'Minister of Foreign Affairs',
  'Sports Minister',
  'President',
  'Prime Minister',
  'Interior Minister',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Generator {
  pick<T>(items: readonly T[]): T;
  int(low: number, high: number): number;
  chance(probability: number): boolean;
  club(): string[];
  regionSide(): string[];
  city(): string[];
  country(): string[];
  /** A national side: a country or one of the home nations. */
  nationalSide(): string[];
  person(): string[];
  demonym(): string;
  dateline(): SentencePart[];
}

function generatorOf(names: TemplateNames, random: () => number): Generator {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const chance = (probability: number) => random() < probability;
  const city = () => pick(names.cities);
  const country = () => pick(names.countries);
  const g: Generator = {
    pick,
    int,
    chance,
    city,
    country,
    club() {
      const roll = random();
      if (roll < 0.55) return city();
      if (roll < 0.75) return [...city(), pick(CLUB_SUFFIXES)];
      if (roll < 0.88) return [pick(CLUB_PREFIXES), ...city()];
      if (roll < 0.92) return [...city(), pick(NICKNAMES)];
      if (roll < 0.96) return [pick(REGION_SIDES)];
      return [pick(names.surnames)];
    },
    regionSide: () => (chance(0.6) ? [pick(REGION_SIDES)] : city()),
    nationalSide: () => (chance(0.2) ? pick(HOME_NATIONS) : country()),
    person() {
      const surname = pick(names.surnames);
      const roll = random();
      if (roll < 0.6) return [pick(names.firstNames), surname];
      if (roll < 0.85) return [`${pick(names.firstNames).charAt(0)}.`, surname];
      return [surname];
    },
    demonym: () => pick(names.demonyms),
    dateline() {
      const date = `${int(1990, 2025)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
      const place = city().map((word) => word.toUpperCase());
      return chance(0.3)
        ? [{ name: place, type: 'LOCATION' }, ',', { name: country(), type: 'LOCATION' }, date]
        : [{ name: place, type: 'LOCATION' }, date];
    },
  };
  return g;
}

function score(g: Generator): string {
  return `${g.int(0, 5)}`;
}

function distinctClubs(g: Generator, count: number, make = () => g.club()): string[][] {
  const clubs = new Map<string, string[]>();
  for (let tries = 0; clubs.size < count && tries < count * 4; tries++) {
    const club = make();
    clubs.set(club.join(' '), club);
  }
  return [...clubs.values()];
}

/** A headline, a dateline, result lines and often a standings table. */
function resultsDocument(g: Generator): SentencePart[][] {
  const sport = g.pick(SPORTS);
  const demonym = g.demonym();
  const clubs = distinctClubs(g, g.int(6, 16));
  const sentences: SentencePart[][] = [
    shouted([`${sport} -`, norp(demonym), g.pick(['LEAGUE', 'FIRST DIVISION', 'CUP']), 'RESULTS .']),
    g.dateline(),
    [
      'Results of',
      norp(demonym),
      `${g.pick(['first division', 'league', 'cup'])} matches on`,
      `${g.pick(WEEKDAYS)} :`,
    ],
  ];
  const asCapitals = g.chance(0.25);
  for (let k = 0; k + 1 < clubs.length; k += 2) {
    const line: SentencePart[] = [
      org(clubs[k] as string[]),
      score(g),
      org(clubs[k + 1] as string[]),
      score(g),
    ];
    if (g.chance(0.3)) line.push(`( halftime ${score(g)}-${score(g)} )`);
    if (g.chance(0.2)) line.splice(2, 0, 'at');
    sentences.push(asCapitals ? shouted(line) : line);
  }
  if (g.chance(0.5)) sentences.push(...clubSentences(g, clubs));
  if (g.chance(0.6)) {
    sentences.push([
      'Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :',
    ]);
    for (const club of clubs) {
      const played = g.int(1, 30);
      const line = [org(club), Array.from({ length: 6 }, () => g.int(0, played)).join(' ')];
      sentences.push(asCapitals ? shouted(line) : line);
    }
  }
  return sentences;
}

/** A short match report: "Leeds beat Hull 2-1 on Saturday ...". */
function reportDocument(g: Generator): SentencePart[][] {
  const [home, away, other] = distinctClubs(g, 3) as [string[], string[], string[] | undefined];
  const scorer = g.person();
  const coach = g.person();
  const result = `${g.int(1, 5)}-${g.int(0, 1)}`;
  const verb = g.pick(['BEAT', 'HOLD', 'CRUSH', 'DRAW WITH', 'STUN']);
  return [
    shouted([`${g.pick(SPORTS)} -`, org(home), verb, org(away), '.']),
    g.dateline(),
    [
      org(home),
      `beat`,
      org(away),
      result,
      `on ${g.pick(WEEKDAYS)} to go top of the`,
      norp(g.demonym()),
      'league .',
    ],
    [per(scorer), `scored twice as`, org(home), 'came from behind in front of', `${g.int(5, 60)},000 fans .`],
    [org(away), 'coach', per(coach), 'said : " We did not play well . "'],
    [
      per(g.person()),
      ', who joined',
      org(home),
      'from',
      org(other ?? g.club()),
      `for ${g.int(2, 20)} million pounds , was injured .`,
    ],
    ['The match was played at', g.chance(0.5) ? 'the stadium in' : '', loc(g.city()), '.'],
    ...clubSentences(g, [home, away, other ?? g.club()]),
  ];
}

/** Sentences that name clubs away from any score, as reports go on about them. */
function clubSentences(g: Generator, clubs: readonly string[][]): SentencePart[][] {
  const club = () => org(g.pick(clubs));
  const patterns: Array<() => SentencePart[]> = [
    () => [club(), ', however , look certain to regain their top spot .'],
    () => [club(), 'captain', per(g.person()), 'continued to silence his critics .'],
    () => [per(g.person()), "'s", club(), 'team mate', per(g.person()), 'was left out .'],
    () => [
      'The former',
      club(),
      'and',
      club(),
      'skipper has been loaned to',
      norp(g.demonym()),
      'club',
      club(),
      '.',
    ],
    () => [
      norp(g.demonym()),
      'first division side',
      club(),
      'said on',
      `${g.pick(WEEKDAYS)} that their coach had resigned .`,
    ],
    () => [
      per(g.person()),
      ', who joined',
      club(),
      `for ${g.int(2, 30)} million dollars , takes over as captain .`,
    ],
    () => ['By the close', club(), `had reached ${g.int(100, 400)} for ${g.int(1, 9)} .`],
    () => [club(), 'kept up the hunt for their first title since', `${g.int(1900, 1995)} .`],
    () => [club(), 'chairman', per(g.person()), 'said the club would appeal .'],
    () => [loc(g.country()), g.pick(OFFICE_TITLES), per(g.person()), 'watched the match .'],
    () => [club(), "'s", per(g.person()), `cracked his ${g.int(2, 40)}th goal of the season .`],
    () => [club(), `has won ${g.int(2, 9)} of its last ${g.int(10, 15)} games .`],
    () => [per(g.person()), 'joined', club(), 'from', club(), `in a $ ${g.int(2, 20)} million deal .`],
    () => ['the home defeat to', club(), 'cost coach', per(g.person()), 'his job .'],
  ];
  return Array.from({ length: g.int(2, 5) }, () => g.pick(patterns)());
}

/** Ranked results of an individual sport: "Ana Ruiz ( Peru ) beat ...", "1. Ana Ruiz ( Peru ) 10.05". */
function rankingDocument(g: Generator): SentencePart[][] {
  const event = g.pick(['TENNIS', 'GOLF', 'ATHLETICS', 'CYCLING', 'SKIING', 'SWIMMING']);
  const where = g.city();
  const tournament: SentencePart = {
    name: [...(g.chance(0.7) ? where : g.country()), g.pick(TOURNAMENTS)],
    type: 'EVENT',
  };
  const sentences: SentencePart[][] = [
    shouted([`${event} - RESULTS AT`, g.chance(0.5) ? tournament : loc(where), '.']),
    g.dateline(),
    g.chance(0.5)
      ? [`Results on ${g.pick(WEEKDAYS)} at`, loc(where), ':']
      : [`Results from the`, tournament, `on ${g.pick(WEEKDAYS)} :`],
  ];
  if (event === 'ATHLETICS' || event === 'SWIMMING')
    // "Men 's 200 metres": the event's heading, where "Men" is no one's name.
    sentences.push([
      `${g.pick(['Men', 'Women'])} 's ${g.pick(['100', '200', '400', '1,500', '5,000'])} metres`,
    ]);
  const lines = g.int(5, 12);
  for (let k = 1; k <= lines; k++) {
    const entrant = (): SentencePart[] => [per(g.person()), '(', loc(g.country()), ')'];
    if (event === 'TENNIS') {
      sentences.push([
        ...entrant(),
        'beat',
        ...entrant(),
        `${g.int(6, 7)}-${g.int(0, 4)} ${g.int(6, 7)}-${g.int(0, 4)}`,
      ]);
    } else if (event === 'GOLF') {
      sentences.push([`${g.int(130, 145)}`, ...entrant(), `${g.int(64, 74)} ${g.int(64, 74)}`]);
    } else {
      const team = g.chance(0.4) ? [org(g.club())] : [];
      sentences.push([
        `${k}.`,
        ...entrant(),
        ...team,
        `${g.int(1, 59)}:${pad(g.int(0, 59))}.${g.int(0, 99)}`,
      ]);
    }
  }
  return sentences;
}

/** A cricket report and scorecard: sides named after regions and cities, players by initial. */
function cricketDocument(g: Generator): SentencePart[][] {
  const [home, away] = distinctClubs(g, 2, () => g.regionSide()) as [string[], string[]];
  const venue = g.city();
  const batter = (): SentencePart[] => [per(g.person()), `${g.int(20, 150)}`];
  const bowler = (): SentencePart[] => [per(g.person()), `${g.int(3, 7)}-${g.int(20, 90)}`];
  return [
    shouted(['CRICKET -', org(home), 'BEAT', org(away), '.']),
    g.dateline(),
    [org(home), `beat`, org(away), `by ${g.int(2, 9)} wickets at`, loc(venue), `on ${g.pick(WEEKDAYS)} .`],
    [
      per(g.person()),
      'took four for',
      `${g.int(20, 60)}`,
      'as',
      org(away),
      `were bowled out for ${g.int(80, 300)} .`,
    ],
    [
      loc(venue),
      ':',
      org(away),
      `${g.int(80, 400)}`,
      '(',
      ...batter(),
      ',',
      ...batter(),
      ';',
      ...bowler(),
      ') ,',
      org(home),
      `${g.int(80, 400)}-${g.int(1, 9)}`,
      '(',
      ...batter(),
      ') .',
    ],
    [org(home), `${g.int(10, 24)} points ,`, org(away), `${g.int(2, 8)} .`],
    ...clubSentences(g, [home, away]),
    [org(away), g.chance(0.5) ? 'innings' : ''],
    ...Array.from({ length: g.int(3, 7) }, () => battingLine(g)),
    [`Extras ( lb-${g.int(0, 9)} w-${g.int(0, 9)} ) ${g.int(0, 20)}`],
    [
      'Bowling :',
      ...Array.from({ length: g.int(2, 4) }, () => [
        surname(g),
        `${g.int(4, 10)}-${g.int(0, 3)}-${g.int(10, 60)}-${g.int(0, 5)} ,`,
      ]).flat(),
    ],
  ];
}

function surname(g: Generator): SentencePart {
  return per([g.person().at(-1) as string]);
}

/** A batting line of a scorecard: "Jayasuriya c Healy b McGrath 44". */
function battingLine(g: Generator): SentencePart[] {
  const roll = g.int(0, 3);
  const out: SentencePart[] =
    roll === 0
      ? ['c', surname(g), 'b', surname(g)]
      : roll === 1
        ? ['b', surname(g)]
        : roll === 2
          ? ['lbw b', surname(g)]
          : ['not out'];
  return [per(g.chance(0.3) ? g.person() : [g.person().at(-1) as string]), ...out, `${g.int(0, 120)}`];
}

/** National sides: "Wales beat San Marino 6-0 in a World Cup qualifier in Cardiff". */
function nationalDocument(g: Generator): SentencePart[][] {
  const home = g.nationalSide();
  const away = g.nationalSide();
  const where = g.city();
  return [
    shouted([`${g.pick(SPORTS)} -`, loc(home), 'BEAT', loc(away), 'IN QUALIFIER .']),
    g.dateline(),
    [
      loc(home),
      'beat',
      loc(away),
      `${g.int(1, 6)}-${g.int(0, 1)} in a qualifier in`,
      loc(where),
      `on ${g.pick(WEEKDAYS)} .`,
    ],
    [per(g.person()), 'scored for', loc(home), 'after', `${g.int(2, 89)}`, 'minutes .'],
    [loc(home), ':', ...Array.from({ length: 5 }, () => [per(g.person()), ',']).flat(), per(g.person())],
    // The scorers' line: "Romania - Cosmin Contra ( 31st ) , Mihai Tararache ( 75th )".
    [
      loc(home),
      '-',
      ...Array.from({ length: g.int(1, 3) }, () => [per(g.person()), `( ${g.int(2, 89)}th ) ,`]).flat(),
      per(g.person()),
      `( ${g.int(2, 89)}th )`,
    ],
    [`Attendance : ${g.int(1, 80)},000`],
  ];
}

/** North American standings: divisions, "W L PCT GB", cities in capitals for their teams. */
function standingsDocument(g: Generator): SentencePart[][] {
  const sport = g.pick(['BASEBALL', 'BASKETBALL', 'ICE HOCKEY', 'AMERICAN FOOTBALL']);
  const clubs = distinctClubs(g, g.int(6, 14), () => (g.chance(0.2) ? g.pick(TEAM_STATES) : g.city()));
  const day = g.pick(WEEKDAYS);
  const sentences: SentencePart[][] = [
    shouted([`${sport} - STANDINGS AFTER ${day} 'S GAMES .`]),
    g.dateline(),
    [
      `Standings after games played on ${day} ( tabulate under won , lost , winning percentage and games behind ) :`,
    ],
  ];
  clubs.forEach((club, index) => {
    if (index % 5 === 0)
      sentences.push(
        [g.pick(['EASTERN', 'CENTRAL', 'WESTERN', 'ATLANTIC', 'PACIFIC']), 'DIVISION'],
        ['W L PCT GB'],
      );
    const won = g.int(20, 90);
    const lost = g.int(20, 90);
    sentences.push(
      shouted([org(club), `${won} ${lost} .${g.int(300, 700)} ${index % 5 === 0 ? '-' : g.int(1, 20)}`]),
    );
  });
  sentences.push([`${day.toUpperCase()} 'S RESULTS`]);
  for (let k = 0; k + 1 < clubs.length; k += 2) {
    sentences.push([org(clubs[k] as string[]), score(g), org(clubs[k + 1] as string[]), score(g)]);
  }
  sentences.push([`${g.pick(WEEKDAYS).toUpperCase()} 'S GAMES`]);
  for (let k = 1; k + 1 < clubs.length; k += 2) {
    // "MINNESOTA AT MILWAUKEE": the home side's city says where the game is played, a place.
    sentences.push(shouted([org(clubs[k] as string[]), 'AT', loc(clubs[k + 1] as string[])]));
  }
  return sentences;
}
