import { seededRandom } from '../clusters/seeded-random.js';
import { inventedName } from './invented-name.js';
import { loc, norp, org, pad, per, shouted } from './sentence-parts.js';
import { type SentencePart, taggedWords } from './tagged-words.js';
import type { TemplateNames } from './template-names.js';
import type { LabeledDocument } from './train-two-pass.js';

/**
 * Business and agency news as wire services write it, generated from templates written for this
 * project: earnings reports, takeovers, market reports with price lines, and agencies and newspapers
 * quoted by name. A company is named in full once ("Zygo Corp") and then, as agency copy does, by its
 * bare name ("Zygo"), which looks like a surname or a place: the words around it ("shares of",
 * "said its net profit", "chairman") have to tell. GMB and UNER hold few companies, and CoNLL-style
 * news is full of them.
 */
export function businessDocuments(names: TemplateNames, count: number, seed: number): LabeledDocument[] {
  const random = seededRandom(seed);
  const g = generatorOf(names, random);
  const kinds = [earningsDocument, takeoverDocument, marketDocument, agencyDocument];
  return Array.from({ length: count }, (_, index) => {
    const kind = kinds[index % kinds.length] as (g: Generator) => SentencePart[][];
    return { id: `business-${index}`, sentences: kind(g).map(taggedWords) };
  });
}

/** A company as a document names it: in full first, by its bare name after. */
interface Company {
  full: string[];
  short: string[];
}

interface Generator {
  pick<T>(items: readonly T[]): T;
  int(low: number, high: number): number;
  chance(probability: number): boolean;
  company(): Company;
  /** An invented one-word name ("Comelf"), as many companies and agencies have. */
  invented(): string;
  organisation(): string[];
  city(): string[];
  country(): string[];
  person(): string[];
  demonym(): string;
  dateline(): SentencePart[];
}

/** Legal forms that agency copy drops after the first mention. */
const LEGAL_FORMS = [
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'Plc',
  'AG',
  'SA',
  'NV',
  'Corporation',
  'Company',
  'Limited',
];
const LEGAL_FORM = new Set([...LEGAL_FORMS, 'Inc.', 'Corp.', 'Co.', 'Ltd.', 'PLC']);
const TRADES = [
  'Mining',
  'Resources',
  'Energy',
  'Petroleum',
  'Steel',
  'Chemicals',
  'Motors',
  'Airlines',
  'Telecom',
  'Pharmaceuticals',
  'Industries',
  'Electric',
  'Financial',
  'Capital',
  'Insurance',
  'Foods',
  'Holdings',
  'Group',
  'Communications',
  'Technologies',
  'Construction',
  'Shipping',
];
const NEWSPAPER_WORDS = ['Times', 'Herald', 'Post', 'Tribune', 'Gazette', 'Journal', 'Daily', 'News'];
const OFFICERS = ['chairman', 'chief executive', 'president', 'managing director', 'finance director'];
const CURRENCIES = ['dollars', 'marks', 'francs', 'pounds', 'yen', 'crowns', 'guilders', 'rand'];
const HEADLINE_CURRENCIES = ['$', 'DM', 'FFR', 'STG', 'YEN', 'SKR', 'FIM', 'NLG'];
const PERIODS = ['first-half', 'third-quarter', 'second-quarter', 'full-year', 'nine-month'];
const PRODUCTS = [
  'car seats',
  'water purification equipment',
  'generic drugs',
  'steel pipes',
  'mobile telephones',
  'office furniture',
  'paper and packaging',
  'mining equipment',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function generatorOf(names: TemplateNames, random: () => number): Generator {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const chance = (probability: number) => random() < probability;
  const invented = () => inventedName(random);
  const companyName = (): string[] => {
    const roll = random();
    if (roll < 0.35 && names.companies.length > 0) return pick(names.companies);
    if (roll < 0.55) return [invented(), ...(chance(0.5) ? [pick(TRADES)] : []), pick(LEGAL_FORMS)];
    if (roll < 0.7) return [pick(names.surnames), ...(chance(0.4) ? [pick(TRADES)] : []), pick(LEGAL_FORMS)];
    if (roll < 0.8) return [pick(names.surnames), '&', pick(names.surnames), pick(['Co', 'Inc', 'Ltd'])];
    if (roll < 0.9) return [...pick(names.cities), pick(TRADES), pick(LEGAL_FORMS)];
    return pick([
      ['Bank', 'of', ...pick(names.cities)],
      [...pick(names.cities), 'Bank'],
      ['First', ...pick(names.cities)],
    ]);
  };
  return {
    pick,
    int,
    chance,
    invented,
    company() {
      const full = companyName();
      const short = LEGAL_FORM.has(full.at(-1) as string) && full.length > 1 ? full.slice(0, -1) : full;
      return { full, short };
    },
    organisation: () =>
      names.organisations.length > 0 && chance(0.7)
        ? pick(names.organisations)
        : [...pick(names.cities), pick(NEWSPAPER_WORDS)],
    city: () => pick(names.cities),
    country: () => pick(names.countries),
    person() {
      const surname = pick(names.surnames);
      return chance(0.8) ? [pick(names.firstNames), surname] : [surname];
    },
    demonym: () => pick(names.demonyms),
    dateline() {
      const date = `${int(1990, 2025)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
      return [{ name: pick(names.cities).map((word) => word.toUpperCase()), type: 'LOCATION' }, date];
    },
  };
}

function amount(g: Generator): string {
  return `${g.int(1, 900)}.${g.int(0, 9)}`;
}

/** The wire service's sign-off: "-- Dublin Newsroom +353 1 676 9779", the newsroom an ORG. */
function signOff(g: Generator): SentencePart[] {
  return [
    '--',
    org([...g.city(), 'Newsroom']),
    `+${g.int(1, 99)} ${g.int(1, 999)} ${g.int(100, 999)} ${g.int(1000, 9999)}`,
  ];
}

/** "MARTELA H1 PROFIT FIM 6.3 MLN VS 21.0 MLN .", then the report, the officer and the shares. */
function earningsDocument(g: Generator): SentencePart[][] {
  const company = g.company();
  const analysts = g.company();
  const up = g.chance(0.5);
  return [
    shouted([
      org(company.short),
      g.pick(['H1 PROFIT', 'Q3 NET', '1996 PRETAX', 'NINE-MONTH NET']),
      `${g.pick(HEADLINE_CURRENCIES)} ${amount(g)} MLN VS ${amount(g)} MLN .`,
    ]),
    g.dateline(),
    [
      org(company.full),
      `said on ${g.pick(WEEKDAYS)} its ${g.pick(PERIODS)} net profit ${up ? 'rose' : 'fell'} to ${amount(g)} million ${g.pick(CURRENCIES)} from ${amount(g)} million a year earlier .`,
    ],
    [
      `Sales ${up ? 'rose' : 'fell'} ${g.int(1, 40)} percent to ${amount(g)} million ,`,
      org(company.short),
      'said in a statement .',
    ],
    [
      org(company.short),
      g.pick(OFFICERS),
      per(g.person()),
      'told reporters the company expected a stronger second half .',
    ],
    [
      g.chance(0.5) ? 'Shares of' : 'Shares in',
      org(company.short),
      `closed ${up ? 'up' : 'down'} ${g.int(1, 90)} cents at ${amount(g)} on the`,
      org([...g.city(), 'Stock', 'Exchange']),
      '.',
    ],
    [
      '" The results were better than expected , " said',
      per(g.person()),
      ', an analyst at',
      org(analysts.full),
      '.',
    ],
    [org(company.short), ', based in', loc(g.city()), `, makes ${g.pick(PRODUCTS)} .`],
    signOff(g),
  ];
}

/** "X Inc said it agreed to buy Y Corp of Leeds for ...", and how the two compare with rivals. */
function takeoverDocument(g: Generator): SentencePart[][] {
  const [buyer, target, rival, other] = [g.company(), g.company(), g.company(), g.company()];
  return [
    shouted([org(buyer.short), 'TO BUY', org(target.short), `FOR $ ${g.int(10, 900)} MLN .`]),
    g.dateline(),
    [
      org(buyer.full),
      `said on ${g.pick(WEEKDAYS)} it agreed to buy`,
      org(target.full),
      'of',
      loc(g.city()),
      ',',
      loc(g.country()),
      `, for about ${g.int(10, 900)} million dollars in cash and stock .`,
    ],
    [
      org(target.short),
      `makes ${g.pick(PRODUCTS)} and had sales of ${amount(g)} million dollars last year .`,
    ],
    [
      'The deal will allow',
      org(buyer.short),
      'to compete with',
      org(rival.short),
      'and',
      org(other.short),
      '.',
    ],
    [
      per(g.person()),
      ', chief executive of',
      org(target.short),
      ', will join the board of',
      org(buyer.short),
      '.',
    ],
    [org(buyer.short), `'s shares rose ${g.int(1, 9)} to ${amount(g)} .`],
    [org(rival.short), 'and', org(other.short), 'did not return phone calls seeking comment .'],
  ];
}

/** A market report: which shares moved and why, then price lines ("Zygo 4.50 +0.10"). */
function marketDocument(g: Generator): SentencePart[][] {
  const city = g.city();
  const movers = Array.from({ length: g.int(3, 8) }, () => g.company());
  const sentences: SentencePart[][] = [
    shouted([loc(city), `STOCKS CLOSE ${g.pick(['HIGHER', 'LOWER', 'MIXED'])} .`]),
    g.dateline(),
    [
      'Shares in',
      loc(city),
      `closed ${g.pick(['higher', 'lower'])} on ${g.pick(WEEKDAYS)} as`,
      org(movers[0]?.full ?? []),
      'led gains .',
    ],
    [
      'Traders said',
      org(movers[1]?.short ?? []),
      `was hit by profit-taking , while`,
      org(movers[2]?.short ?? []),
      `jumped ${g.int(2, 30)} percent on bid talk .`,
    ],
  ];
  for (const mover of movers) {
    sentences.push([
      org(g.chance(0.5) ? mover.full : mover.short),
      `${amount(g)} ${g.chance(0.5) ? '+' : '-'}${g.int(0, 9)}.${g.int(10, 99)}`,
    ]);
  }
  sentences.push(['" It was a quiet day , " said a dealer at', org(g.company().full), '.']);
  // Agency copy (and CoNLL-2003) write of the street, not the exchange: "Wall Street" is a place.
  sentences.push([
    'On',
    loc(['Wall', 'Street']),
    ',',
    org(movers[0]?.short ?? []),
    `rose ${g.int(1, 9)} cents .`,
  ]);
  return sentences;
}

/** Agencies, newspapers and organisations quoted by name in general news. */
function agencyDocument(g: Generator): SentencePart[][] {
  const agency = g.chance(0.6) ? [g.invented()] : g.organisation();
  const paper = [...g.city(), g.pick(NEWSPAPER_WORDS)];
  const body = g.organisation();
  return [
    shouted([per(g.person()), 'SAYS TALKS WILL GO ON -', org(agency), '.']),
    g.dateline(),
    [
      norp(g.demonym()),
      'news agency',
      org(agency),
      'quoted',
      per(g.person()),
      'as saying talks would resume .',
    ],
    ['The', org(paper), `newspaper reported on ${g.pick(WEEKDAYS)} that`, loc(g.country()), 'had agreed .'],
    [
      per(g.person()),
      ', a spokesman for the',
      org(body),
      ', said the',
      org(body),
      'would meet in',
      loc(g.city()),
      '.',
    ],
    [org(body), 'officials said', per(g.person()), 'would travel to', loc(g.country()), 'next week .'],
    signOff(g),
  ];
}
