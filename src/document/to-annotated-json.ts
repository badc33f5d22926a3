import type { AnnotatedArticle, EntityMention } from './annotations.js';

/**
 * The public shape of an analysed article (DESIGN.md, "The annotated article"): the record, the
 * canonical text, and each layer a stage produced. Layers no stage produced are left out, so that
 * "not analysed" never reads as "nothing found"; `stages` says what ran. Tokens stay internal:
 * they are many, and cheap to make again. An entity's `actorId` is derived here from the actors'
 * mentions, so that it is never stored twice. `duplicateOf` (the earlier article this one copies,
 * with the estimated similarity of their bodies) and `copies` (later articles that copy it) come
 * from a store: they are absent from `analyze`, which cannot know what was stored before. The
 * MinHash signature behind them stays internal, like the tokens.
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
    ...(article.entities ? { entities: withActorIds(article) } : {}),
    ...(article.chains ? { chains: article.chains } : {}),
    ...(article.actors ? { actors: article.actors } : {}),
    ...(article.events ? { events: article.events } : {}),
    ...(article.quotes ? { quotes: article.quotes } : {}),
    ...(article.places ? { places: article.places } : {}),
    ...(article.tone ? { tone: article.tone } : {}),
    ...(article.copyOf ? { duplicateOf: article.copyOf } : {}),
    ...(article.copies ? { copies: article.copies } : {}),
    diagnostics: article.diagnostics,
    stages: article.stages,
    origin: article.origin,
  };
}

/** The entities, each with the id of the actor one of whose mentions it is. */
function withActorIds(article: AnnotatedArticle): EntityMention[] {
  const entities = article.entities ?? [];
  if (!article.actors) return entities;
  const actorAt = new Map<string, string>();
  for (const actor of article.actors) {
    for (const mention of actor.mentions) actorAt.set(`${mention.start}:${mention.end}`, actor.id);
  }
  return entities.map((entity) => {
    const actorId = actorAt.get(`${entity.start}:${entity.end}`);
    return actorId ? { ...entity, actorId } : entity;
  });
}
