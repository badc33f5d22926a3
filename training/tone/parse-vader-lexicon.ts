/** One entry of VADER's lexicon: the token as listed and its mean rating by ten people, -4 to 4. */
export interface VaderEntry {
  token: string;
  meanValence: number;
  line: number;
}

/** A line that could not be read. */
export interface VaderLexiconProblem {
  line: number;
  text: string;
  message: string;
}

/**
 * Reads `vader_lexicon.txt`: per line, tab-separated, the token, its mean valence, the standard
 * deviation and the ten raw ratings. Only the first two are used.
 */
export function parseVaderLexicon(text: string): { entries: VaderEntry[]; rejected: VaderLexiconProblem[] } {
  const entries: VaderEntry[] = [];
  const rejected: VaderLexiconProblem[] = [];
  text.split(/\r?\n/).forEach((row, index) => {
    const line = index + 1;
    if (row.trim() === '') return;
    const [token = '', mean = ''] = row.split('\t');
    const meanValence = Number(mean);
    if (token.trim() === '' || mean.trim() === '' || !Number.isFinite(meanValence)) {
      rejected.push({ line, text: row, message: 'expected a token and its mean valence, tab-separated' });
      return;
    }
    entries.push({ token, meanValence, line });
  });
  return { entries, rejected };
}
