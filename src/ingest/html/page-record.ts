import type { Diagnostic } from '../../document/diagnostic.js';
import { InputError } from '../input-error.js';
import type { ReadRecord } from '../read-seed-record.js';
import type { ExtractedPage } from './extract-page.js';

/** How much of the body's start a description is looked for in, to tell a teaser from a lede. */
const LEDE_WINDOW = 2000;

/**
 * The article record of an extracted page. The description becomes the lede only when it says
 * something the body does not: most sites repeat or truncate their first paragraph there, and a
 * repeated sentence would be coded twice. The source is the site's name, else its host.
 */
export function pageRecord(page: ExtractedPage): ReadRecord {
  if (page.paragraphs.length === 0) throw new InputError('no article text found in the page');
  const diagnostics: Diagnostic[] = page.warnings.map((message) => ({
    severity: 'warning',
    code: 'html-charset',
    message,
  }));
  if (!page.title) {
    diagnostics.push({ severity: 'warning', code: 'html-no-title', message: 'the page has no title' });
  }
  if (!page.publishedAt) {
    diagnostics.push({
      severity: 'info',
      code: 'html-no-date',
      message: 'no publication date found in the page',
    });
  }
  const lede = page.lede && !repeatsBody(page.lede, page.paragraphs) ? page.lede : undefined;
  const source = page.siteName ?? hostOf(page.url);
  return {
    record: {
      title: page.title,
      body: page.paragraphs,
      authors: page.authors,
      ...(lede ? { lede } : {}),
      ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
      ...(page.image ? { image: page.image } : {}),
      ...(page.url ? { url: page.url } : {}),
      ...(source ? { source } : {}),
      ...(page.language ? { language: page.language } : {}),
    },
    diagnostics,
  };
}

function repeatsBody(lede: string, paragraphs: readonly string[]): boolean {
  const teaser = fold(lede.replace(/(?:\.\.\.|…)\s*$/, ''));
  return teaser.length === 0 || fold(paragraphs.join(' ').slice(0, LEDE_WINDOW)).includes(teaser);
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
