import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DraftArticle, fillSpans } from './fill-spans.js';
import { readArticleFile, readQuoteSet } from './quote-set.js';

/**
 * `npx tsx eval/quotes/fill-annotations.ts`: places every span of `annotations.json` written as
 * words without offsets (README.md, "Adding annotations"), writes the file back, and checks it.
 */
const folder = import.meta.dirname;
const path = join(folder, 'annotations.json');
const draft = JSON.parse(readFileSync(path, 'utf8')) as { articles: DraftArticle[] };
const articles = draft.articles.map((entry) => {
  const { article, warnings } = fillSpans(readArticleFile(join(folder, 'articles', entry.file)).text, entry);
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  return article;
});
writeFileSync(path, formatAnnotations({ articles }));
const set = readQuoteSet(folder);
const quotes = set.articles.reduce((sum, entry) => sum + entry.quotes.length, 0);
const terms = set.articles.reduce((sum, entry) => sum + entry.terms.length, 0);
process.stderr.write(`${path}: ${set.articles.length} articles, ${quotes} quotations, ${terms} terms\n`);

/** Two-space JSON with each span on one line, as `biome format` leaves it. */
function formatAnnotations(value: unknown): string {
  const json = JSON.stringify(value, null, 2);
  return `${json.replace(
    /\{\n\s*"text": ("(?:[^"\\]|\\.)*"),\n\s*"start": (\d+),\n\s*"end": (\d+)\n\s*\}/g,
    (_match, text: string, start: string, end: string) =>
      `{ "text": ${text}, "start": ${start}, "end": ${end} }`,
  )}\n`;
}
