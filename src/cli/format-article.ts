import type { AnnotatedArticle, EntityMention } from '../document/annotations.js';
import { bold, type Output } from './output.js';

/** An article for a person to read: its record, its text, what the analysis found, what went wrong. */
export function formatArticle(article: AnnotatedArticle, output: Output): string {
  const lines = [bold(article.title, output)];
  const meta = [article.publishedAt || 'no date', article.source || 'no source', `id ${article.id}`];
  if (article.url) meta.push(article.url);
  lines.push(meta.join(' · '));
  if (article.authors.length > 0) lines.push(`by ${article.authors.join(', ')}`);
  if (article.image) lines.push(`image: ${article.image}`);
  for (const paragraph of article.paragraphs.slice(1)) {
    lines.push('', article.text.slice(paragraph.start, paragraph.end));
  }
  lines.push('');
  const counts = [`${article.paragraphs.length} paragraphs`];
  if (article.sentences) counts.push(`${article.sentences.length} sentences`);
  if (article.tokens) counts.push(`${article.tokens.length} tokens`);
  lines.push(counts.join(', '));
  if (article.entities && article.entities.length > 0) lines.push('', ...formatEntities(article.entities));
  if (article.actors && article.actors.length > 0) {
    lines.push('', ...article.actors.map((actor) => `${(actor.code ?? '-').padEnd(9)} ${actor.name}`));
  }
  for (const diagnostic of article.diagnostics) {
    const where = diagnostic.line === undefined ? '' : ` (line ${diagnostic.line})`;
    lines.push(`${diagnostic.severity}: ${diagnostic.code}${where}: ${diagnostic.message}`);
  }
  return lines.join('\n');
}

/** Each type with its distinct names in order of first mention: `PERSON  Netanyahu, Vladimir Putin`. */
function formatEntities(entities: readonly EntityMention[]): string[] {
  const byType = new Map<string, string[]>();
  for (const entity of entities) {
    const names = byType.get(entity.type) ?? [];
    if (!names.includes(entity.text)) names.push(entity.text);
    byType.set(entity.type, names);
  }
  return [...byType].map(([type, names]) => `${type.padEnd(9)} ${names.join(', ')}`);
}
