/**
 * Adjectives that name the office a spokesperson speaks for ("presidential spokesperson", "a
 * government spokesman" has its noun in the dictionary): the office's role, not the MED the
 * dictionary gives a spokesperson of nothing named, nor a journalist's role the dictionary
 * may know the person by.
 */
const OFFICE_ADJECTIVES: Readonly<Record<string, string>> = {
  presidential: 'GOV',
  ministerial: 'GOV',
  governmental: 'GOV',
};

/** The role of an office adjective ("presidential" -> GOV), if `word` is one. */
export function officeAdjectiveRole(word: string | undefined): string | undefined {
  return OFFICE_ADJECTIVES[word?.toLowerCase() ?? ''];
}
