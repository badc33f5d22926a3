import { readFileSync } from 'node:fs';

/** One entry of a Phoenix (TABARI/PETRARCH) `.actors.txt` dictionary. */
export interface PhoenixActor {
  /** The entry's own name, in capitals, words joined by `_` or spaces ("BENJAMIN_NETANYAHU"). */
  name: string;
  /** Its `+` synonyms ("BIBI_NETANYAHU", "PRIME_MINISTER_NETANYAHU"). */
  synonyms: string[];
  /** Its CAMEO codes with their date restrictions ("ISRGOV >090401", "IGOUNO 920101-961231"). */
  codes: string[];
  /** The comment on its first line, which names the list it came from ("CountryInfo.txt"). */
  comment: string;
}

/**
 * Reads a Phoenix actor dictionary: an entry is a line that starts with its name, then `+`
 * lines with synonyms and tab-indented `[CODE date-range]` lines; codes may also follow a name
 * on its own line. `#` starts a comment.
 */
export function readPhoenixActors(path: string): PhoenixActor[] {
  const actors: PhoenixActor[] = [];
  let actor: PhoenixActor | undefined;
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const hashAt = line.indexOf('#');
    const content = hashAt < 0 ? line : line.slice(0, hashAt);
    const codes = [...content.matchAll(/\[([^\]]*)\]/g)].map((match) => (match[1] ?? '').trim());
    const name = content.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line)) {
      actor?.codes.push(...codes);
    } else if (line.startsWith('+')) {
      // A few lines hold two synonyms glued by a second "+".
      actor?.synonyms.push(
        ...name
          .slice(1)
          .split('+')
          .filter((synonym) => synonym.trim() !== ''),
      );
      actor?.codes.push(...codes);
    } else {
      actor = { name, synonyms: [], codes, comment: hashAt < 0 ? '' : line.slice(hashAt + 1).trim() };
      actors.push(actor);
    }
  }
  return actors;
}

/**
 * True for an entry that is a person: the dictionaries give people dated codes
 * (`[ISRGOV >090401]`) or the elite role ELI, or took them from the leader lists
 * CountryInfo.txt and IGOrulers.txt. Institutions (`[ISRGOVLEG]`) and groups carry undated
 * codes; countries have dated codes too (`[USRARM <900823 ARM >911221]`), but a bare country code
 * among them, which no person has.
 */
export function isPerson(actor: PhoenixActor): boolean {
  const tokens = actor.codes.flatMap((code) => code.split(/\s+/));
  const hasBareCountryCode = tokens.some((token) => /^[A-Z]{3}$/.test(token) && !PERSON_TYPES.has(token));
  if (hasBareCountryCode) return false;
  return (
    /CountryInfo\.txt|IGOrulers\.txt/.test(actor.comment) ||
    tokens.some((token) => /^[<>]?\d{6}/.test(token) || /^(?:[A-Z]{3})*ELI$/.test(token))
  );
}

// Three-letter codes that people carry alone: an intergovernmental organisation's staff, the elite.
const PERSON_TYPES = new Set(['IGO', 'ELI']);
