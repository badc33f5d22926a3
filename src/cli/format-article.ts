import type { AnnotatedArticle, CopyOf, EntityMention, Tone } from '../document/annotations.js';
import type { Diagnostic } from '../document/diagnostic.js';
import { formatEventLine } from './format-event.js';
import { quotedWords, speakerLabel } from './format-quote.js';
import { bold, type Output } from './output.js';

/** An article for a person to read: its record, its text, what the analysis found, what went wrong. */
export function formatArticle(article: AnnotatedArticle, output: Output): string {
  const lines = [bold(article.title, output)];
  const meta = [article.publishedAt || 'no date', article.source || 'no source', `id ${article.id}`];
  if (article.url) meta.push(article.url);
  lines.push(meta.join(' · '));
  if (article.authors.length > 0) lines.push(`by ${article.authors.join(', ')}`);
  if (article.copyOf) lines.push(`copy of ${formatCopy(article.copyOf)}`);
  if (article.copies) lines.push(`copied by ${article.copies.map(formatCopy).join(', ')}`);
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
  if (article.events && article.events.length > 0) {
    const actors = article.actors ?? [];
    lines.push('', ...article.events.map((event) => formatEventLine(event, actors)));
  }
  if (article.quotes && article.quotes.length > 0) lines.push('', ...formatQuotes(article));
  if (article.places && article.places.length > 0) {
    lines.push('', `places: ${article.places.map((place) => `${place.name} (${place.country})`).join(', ')}`);
  }
  if (article.tone) lines.push(formatTone(article.tone));
  lines.push(...formatDiagnostics(article.diagnostics));
  return lines.join('\n');
}

/** Each diagnostic once, with how many times the analysis gave it when more than once. */
function formatDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  const counts = new Map<string, number>();
  for (const diagnostic of diagnostics) {
    const where = diagnostic.line === undefined ? '' : ` (line ${diagnostic.line})`;
    const line = `${diagnostic.severity}: ${diagnostic.code}${where}: ${diagnostic.message}`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, count]) => (count > 1 ? `${line} (${count} times)` : line));
}

/** `3f2a9c… (0.93)`: an article's id and the estimated similarity of the bodies. */
function formatCopy(copy: CopyOf): string {
  return `${copy.id} (${copy.similarity.toFixed(2)})`;
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

const MAX_QUOTE_CHARS = 100;

/** Each quote on one line, its speaker first (`ISRGOV Netanyahu: “We will…”`), long words cut short. */
function formatQuotes(article: AnnotatedArticle): string[] {
  const actorById = new Map((article.actors ?? []).map((actor) => [actor.id, actor]));
  return (article.quotes ?? []).map((quote) => {
    const actor = quote.speaker?.actorId ? actorById.get(quote.speaker.actorId) : undefined;
    // Cut before a lone high surrogate, so that an emoji is never split in two.
    const cut = quote.text.slice(0, MAX_QUOTE_CHARS).replace(/[\uD800-\uDBFF]$/, '');
    const shown = quote.text.length > MAX_QUOTE_CHARS ? { ...quote, text: `${cut}…` } : quote;
    const speaker = speakerLabel(quote, { name: actor?.name ?? null, code: actor?.code ?? null });
    return `${speaker}: ${quotedWords(shown)}`;
  });
}

function formatTone(tone: Tone): string {
  const round = (value: number) => Number(value.toFixed(2));
  const shares = `positive ${round(tone.positive)}%, negative ${round(tone.negative)}%`;
  return `tone: ${round(tone.score)} (${shares}, ${tone.wordCount} words)`;
}
