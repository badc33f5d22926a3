import type { StoredQuote } from '../store/store.js';
import { quotedWords, speakerLabel } from './format-quote.js';
import { bold, type Output } from './output.js';

/** One quote: the article's date, who said it and how, the words, and the article. */
export function formatStoredQuote(stored: StoredQuote, rank: number, output: Output): string {
  const { quote, article } = stored;
  // A cue that is only punctuation (the colon of "Netanyahu: ...") says nothing on its own.
  const how = [/\p{L}/u.test(quote.cue?.text ?? '') ? quote.cue?.text : '', quote.direct ? '' : 'indirect'];
  const flags = how.filter(Boolean);
  const what = [
    article.publishedAt.slice(0, 10) || 'no date',
    speakerLabel(quote, { name: stored.speakerName, code: stored.speakerCode }),
    ...(flags.length > 0 ? [`(${flags.join('; ')})`] : []),
  ].join('  ');
  const meta = [article.title, article.source || 'no source', article.id];
  return [
    `${String(rank).padStart(3)}. ${bold(what, output)}`,
    `     ${quotedWords(quote)}`,
    `     ${meta.join(' · ')}`,
    '',
  ].join('\n');
}
