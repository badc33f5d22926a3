/** An article's columns as `articleFromRow` reads them (the JSON ones as text), and its seq. */
export const SELECT_ARTICLE = `SELECT seq, id, key, title, lede, body, image, source, url, language, published_at,
  authors::text AS authors, origin::text AS origin, diagnostics::text AS diagnostics,
  annotations::text AS annotations FROM articles`;
