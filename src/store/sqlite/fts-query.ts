import type { SearchTerm } from '../parse-search-text.js';

/** Renders search terms as an FTS5 MATCH expression; every word is quoted, so none is syntax. */
export function toFtsQuery(terms: readonly SearchTerm[]): string {
  const included = terms.filter((term) => !term.isExcluded).map(renderTerm);
  const excluded = terms.filter((term) => term.isExcluded).map(renderTerm);
  const query = included.join(' AND ');
  return excluded.length > 0 ? `(${query}) NOT (${excluded.join(' OR ')})` : query;
}

function renderTerm(term: SearchTerm): string {
  const phrase = `"${term.words.join(' ').replaceAll('"', '""')}"`;
  return term.isPrefix ? `${phrase} *` : phrase;
}
