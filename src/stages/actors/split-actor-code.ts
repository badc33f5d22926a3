/** CAMEO role and sector codes that follow the country part of an actor code. */
const ROLE_CODES = new Set([
  'AGR',
  'BUS',
  'COP',
  'CRM',
  'CVL',
  'DEV',
  'EDU',
  'ELI',
  'ENV',
  'GOV',
  'HLH',
  'HRI',
  'IGO',
  'IMG',
  'INS',
  'JUD',
  'LAB',
  'LEG',
  'MED',
  'MIL',
  'MNC',
  'MOD',
  'NGM',
  'NGO',
  'OPP',
  'PTY',
  'RAD',
  'REB',
  'REF',
  'SEP',
  'SPY',
  'UAF',
]);

/** Whether three letters are a CAMEO role or sector code (`GOV`, `IGO`) rather than a country. */
export function isRoleCode(part: string): boolean {
  return ROLE_CODES.has(part);
}

/**
 * The country (ISO-3) and role parts of a CAMEO actor code: `RUSMIL` -> RUS, [MIL];
 * `IGOUNO` -> null, [IGO]; `PSEREBHMS` -> PSE, [REB] (the group part HMS is not a role).
 */
export function splitActorCode(
  code: string,
  countries: ReadonlySet<string>,
): { country: string | null; roles: string[] } {
  const head = code.slice(0, 3);
  const country = countries.has(head) ? head : null;
  const roles: string[] = [];
  for (let at = country === null ? 0 : 3; at + 3 <= code.length; at += 3) {
    const part = code.slice(at, at + 3);
    if (ROLE_CODES.has(part) && !roles.includes(part)) roles.push(part);
  }
  return { country, roles };
}
