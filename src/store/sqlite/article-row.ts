import type { AnnotatedArticle, Annotations, StageRun } from '../../document/annotations.js';
import { type Article, bodyParagraphs, composeText, PARAGRAPH_SEPARATOR } from '../../document/article.js';

/** One row of the `articles` table. */
export interface ArticleRow {
  id: string;
  key: string;
  title: string;
  lede: string;
  body: string;
  image: string;
  source: string;
  url: string;
  language: string;
  authors: string;
  published_at: string;
  origin: string;
  diagnostics: string;
  annotations: string | null;
}

/** Layers kept with an article; tokens are cheap to recompute and would triple the file. */
const STORED_LAYERS = [
  'sentences',
  'entities',
  'chains',
  'actors',
  'events',
  'quotes',
  'places',
  'tone',
  'minhash',
] as const satisfies readonly (keyof Annotations)[];

type StoredAnnotations = Partial<Pick<Annotations, (typeof STORED_LAYERS)[number]>> & { stages: StageRun[] };

export function rowFromArticle(article: Article | AnnotatedArticle): ArticleRow {
  return {
    id: article.id,
    key: article.key,
    title: article.title,
    lede: article.lede,
    body: bodyParagraphs(article).join(PARAGRAPH_SEPARATOR),
    image: article.image,
    source: article.source,
    url: article.url,
    language: article.language,
    authors: JSON.stringify(article.authors),
    published_at: article.publishedAt,
    origin: JSON.stringify(article.origin),
    diagnostics: JSON.stringify(article.diagnostics),
    annotations: 'stages' in article ? JSON.stringify(storedAnnotations(article)) : null,
  };
}

/** Rebuilds an article from its row; the text is composed again exactly as at ingest. */
export function articleFromRow(row: ArticleRow): AnnotatedArticle {
  const { text, paragraphs } = composeText(row.title, row.lede, row.body.split(PARAGRAPH_SEPARATOR));
  const annotations: StoredAnnotations = row.annotations ? JSON.parse(row.annotations) : { stages: [] };
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    lede: row.lede,
    image: row.image,
    source: row.source,
    url: row.url,
    language: row.language,
    authors: JSON.parse(row.authors),
    publishedAt: row.published_at,
    text,
    paragraphs,
    origin: JSON.parse(row.origin),
    diagnostics: JSON.parse(row.diagnostics),
    ...annotations,
  };
}

function storedAnnotations(article: AnnotatedArticle): StoredAnnotations {
  const stored: StoredAnnotations = { stages: article.stages };
  for (const layer of STORED_LAYERS) {
    if (article[layer]) Object.assign(stored, { [layer]: article[layer] });
  }
  return stored;
}
