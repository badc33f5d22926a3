/** An event as the evaluation compares it: actor codes (null when unknown) and the CAMEO event code. */
export interface CodedEvent {
  source: string | null;
  target: string | null;
  code: string;
}

/** The three parts compared, each normalised: `[source, target, event]`. */
export type EventTuple = readonly [string, string, string];

/** The null actor code: no actor, or an actor without a code. */
export const NULL_CODE = '---';

/**
 * CAMEO's domestic role and sector codes (CAMEO manual, "Actor codes"): a code that starts with one
 * has no country (`REB` is PETRARCH's `---REB`).
 */
const DOMESTIC_ROLES = new Set(
  'COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF MOD RAD SET'.split(
    ' ',
  ),
);

/**
 * How the events evaluation compares codes, given the CAMEO country codes (ISO-3 plus CAMEO's regions
 * such as `EUR`, `MEA`, `WSB`, from `cameo_countries.tsv`).
 *
 * - `actorCode`: an actor code normalised: null or empty is `---`; upper case; PETRARCH's `~` (an
 *   agent without an actor) is `---`, as PETRARCH's validation script reads it; a code that starts
 *   with a domestic role has no country and gets `---` before it (`REB` -> `---REB`). Full codes
 *   compare equal when their normalised forms are equal: `USAGOV` != `USA`.
 * - `countryOf`: the actor's country: the first three letters when they are a CAMEO country code
 *   (`USAGOV` -> `USA`, `PSEGZA` -> `PSE`); `---` when the code has none (`---REB`, `---`); else the
 *   whole normalised code, for international and non-state codes (`IGOUNO`, `IGOEUREEC`, `IMGMUSISI`
 *   are three different "countries", and `IGOUNOMIL` is not `IGOUNO`) and for codes that CAMEO does
 *   not know (the fictional actors of PETRARCH's unit tests).
 * - `rootOf`: an event code's first two digits (`0352` -> `03`).
 */
export function createCodeComparison(countries: ReadonlySet<string>) {
  const actorCode = (code: string | null | undefined): string => {
    const written = (code ?? '').trim().toUpperCase().replace(/~/g, NULL_CODE);
    if (written === '') return NULL_CODE;
    return DOMESTIC_ROLES.has(written.slice(0, 3)) && !countries.has(written.slice(0, 3))
      ? `${NULL_CODE}${written}`
      : written;
  };
  const countryOf = (code: string | null | undefined): string => {
    const normalised = actorCode(code);
    if (normalised.startsWith(NULL_CODE)) return NULL_CODE;
    const head = normalised.slice(0, 3);
    return countries.has(head) ? head : normalised;
  };
  const rootOf = (eventCode: string): string => eventCode.trim().slice(0, 2);
  return {
    actorCode,
    countryOf,
    rootOf,
    /** (source country, target country, root code). */
    countryTuple: (event: CodedEvent): EventTuple => [
      countryOf(event.source),
      countryOf(event.target),
      rootOf(event.code),
    ],
    /** (source code, target code, event code), in full. */
    fullTuple: (event: CodedEvent): EventTuple => [
      actorCode(event.source),
      actorCode(event.target),
      event.code.trim(),
    ],
  };
}

export type CodeComparison = ReturnType<typeof createCodeComparison>;
