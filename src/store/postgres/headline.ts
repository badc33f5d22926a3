/** What `ts_headline` marks a matched word with, for `splitSnippet`. */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';
/**
 * `ts_headline` options: one passage of 12 to 24 words around the matches, as the SQLite snippet.
 * Not fragment-based (`MaxFragments`): that chose similar passages at ten times the cost, measured
 * 5 ms against 0.3 ms an article.
 */
export const HEADLINE = `StartSel=${SNIPPET_OPEN}, StopSel=${SNIPPET_CLOSE}, MaxWords=24, MinWords=12`;
