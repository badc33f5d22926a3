/**
 * Territories that the Phoenix country dictionary codes under their sovereign, where Wikidata
 * (ISO 3166) gives them a code of their own; and East Timor, which Phoenix codes TMP. Every
 * other ISO-3 code is the code Phoenix uses (Phoenix follows ISO where GDELT's CAMEO table does
 * not: ROU, MNE, SSD).
 */
const PHOENIX_COUNTRY_CODES: Readonly<Record<string, string>> = {
  ASM: 'USAASM',
  FLK: 'GBRFLK',
  GIB: 'GBRGIB',
  GLP: 'FRAGLP',
  GRL: 'DNKGRL',
  GUF: 'FRAGUF',
  GUM: 'USAGUM',
  IMN: 'GBRIMY',
  MSR: 'GBRMSR',
  MTQ: 'FRAMTQ',
  NCL: 'FRANCL',
  NIU: 'NZLNIU',
  PCN: 'GBRPCN',
  PRI: 'USAPRI',
  PYF: 'FRAPYF',
  SHN: 'GBRSHN',
  TLS: 'TMP',
  VGB: 'GBRVGB',
};

/** The country code a head of state or government of this ISO-3 country has in the dictionary. */
export function headCountryCode(iso3: string): string {
  return PHOENIX_COUNTRY_CODES[iso3] ?? iso3;
}

/**
 * Countries whose head of state is, by office, the head of another country: the Commonwealth
 * realms (the British monarch), Andorra (the French president is co-prince), and dependent
 * territories. A person who heads one of them while heading a country outside this list is
 * coded by that country alone: news about Macron or Charles III is news about France or Britain.
 */
export const SHARED_HEADSHIPS: ReadonlySet<string> = new Set(
  `AND ATG AUS BHS BLZ BRB CAN GRD JAM KNA LCA NZL PNG SLB TUV VCT
   ABW AIA ALA ASM BES BMU COK CUW CYM FLK FRO GGY GIB GLP GRL GUF GUM HKG IMN JEY MAC MNP MSR MTQ
   MYT NCL NIU PCN PRI PYF REU SGS SHN SPM SXM TCA VGB VIR WLF`.split(/\s+/),
);
