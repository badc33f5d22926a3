import type { AnnotatedArticle } from './annotations.js';

/**
 * The public shape of an analysed article (DESIGN.md, "The annotated article"): the record, the
 * canonical text, and each layer a stage produced. Layers no stage produced are left out, so that
 * "not analysed" never reads as "nothing found"; `stages` says what ran. Tokens stay internal:
 * they are many, and cheap to make again.
 */
export function toAnnotatedJson(article: AnnotatedArticle): Record<string, unknown> {
  return {
    id: article.id,
    title: article.title,
    lede: article.lede,
    image: article.image,
    source: article.source,
    url: article.url,
    language: article.language,
    authors: article.authors,
    publishedAt: article.publishedAt,
    text: article.text,
    paragraphs: article.paragraphs,
    ...(article.sentences ? { sentences: article.sentences } : {}),
    ...(article.entities ? { entities: article.entities } : {}),
    ...(article.chains ? { chains: article.chains } : {}),
    ...(article.actors ? { actors: article.actors } : {}),
    diagnostics: article.diagnostics,
    stages: article.stages,
    origin: article.origin,
  };
}
