import type { AnnotatedArticle } from '../../document/annotations.js';
import { foldName } from '../actor-key.js';

/**
 * One row of the `quotes` table: what `listQuotes` filters and orders on, and the speaker's actor.
 * The quote itself stays in the article's annotations, at `quote_index` of its quotes, so that it
 * is stored once. The article's date and source are copied here so that a page of quotes is
 * filtered and ordered in this table alone; they change only with a new version of the article,
 * which replaces these rows.
 */
export interface QuoteRow {
  quote_index: number;
  /** The article's publication date; null when it has none. */
  published_at: string | null;
  source: string;
  /** The speaker's words and its actor's name, folded (`foldName`), one per line; null without a speaker. */
  speaker_words: string | null;
  speaker_name: string | null;
  speaker_code: string | null;
}

export function quoteRowsFromArticle(
  article: Partial<Pick<AnnotatedArticle, 'quotes' | 'actors' | 'publishedAt' | 'source'>>,
): QuoteRow[] {
  const actorById = new Map((article.actors ?? []).map((actor) => [actor.id, actor]));
  return (article.quotes ?? []).map((quote, index) => {
    const actor = quote.speaker?.actorId ? actorById.get(quote.speaker.actorId) : undefined;
    const words = [quote.speaker?.text, actor?.name].flatMap((text) => (text ? [foldName(text)] : []));
    return {
      quote_index: index,
      published_at: article.publishedAt || null,
      source: article.source ?? '',
      speaker_words: words.length > 0 ? [...new Set(words)].join('\n') : null,
      speaker_name: actor?.name ?? null,
      speaker_code: actor?.code ?? null,
    };
  });
}
