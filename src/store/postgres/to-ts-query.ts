import type { SearchTerm } from '../parse-search-text.js';

/**
 * Renders search terms as `to_tsquery` text, passed to the server as a parameter: every word is
 * quoted, and words hold only letters and digits (see `parseSearchText`), so none is syntax.
 * A phrase's words follow each other (`<->`); a prefix term's last word is a prefix (`:*`).
 */
export function toTsQuery(terms: readonly SearchTerm[]): string {
  const included = terms.filter((term) => !term.isExcluded).map(renderTerm);
  const excluded = terms.filter((term) => term.isExcluded).map((term) => `!(${renderTerm(term)})`);
  return [...included, ...excluded].join(' & ');
}

function renderTerm(term: SearchTerm): string {
  const words = term.words.map((word) => `'${word.replaceAll("'", "''").replaceAll('\\', '\\\\')}'`);
  const phrase = words.join(' <-> ');
  const rendered = term.isPrefix ? `${phrase}:*` : phrase;
  return words.length > 1 ? `(${rendered})` : rendered;
}
