import type { AnnotatedArticle } from './annotations.js';

/**
 * The public shape of an analysed article (DESIGN.md, "The annotated article"): the record, the
 * canonical text, and each layer a stage produced. Layers no stage produced are left out, so that
 * "not analysed" never reads as "nothing found"; `stages` says what ran.
 */
export function toAnnotatedJson(article: AnnotatedArticle): Record<string, unknown> {
  const { key: _key, tokens: _tokens, ...rest } = article;
  return {
    id: rest.id,
    title: rest.title,
    lede: rest.lede,
    image: rest.image,
    source: rest.source,
    url: rest.url,
    language: rest.language,
    authors: rest.authors,
    publishedAt: rest.publishedAt,
    text: rest.text,
    paragraphs: rest.paragraphs,
    ...(rest.sentences ? { sentences: rest.sentences } : {}),
    diagnostics: rest.diagnostics,
    stages: rest.stages,
    origin: rest.origin,
  };
}
