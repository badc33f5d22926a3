import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from './annotations.js';
import { createArticle } from './article.js';
import { toAnnotatedJson } from './to-annotated-json.js';

const article = createArticle(
  { title: 'A headline', body: ['One sentence.'], publishedAt: '2018-06-17' },
  {
    location: 'a.txt',
    reader: 'seed@1.0.0',
    contentHash: 'a'.repeat(64),
    retrievedAt: '2024-01-01T00:00:00Z',
  },
);

describe('toAnnotatedJson', () => {
  it('leaves out the internal key and the tokens', () => {
    const annotated: AnnotatedArticle = {
      ...article,
      tokens: [{ start: 0, end: 1, pos: 'DET', lemma: 'a' }],
      stages: [],
    };
    const json = toAnnotatedJson(annotated);
    expect(json).not.toHaveProperty('key');
    expect(json).not.toHaveProperty('tokens');
  });

  it("leaves out the MinHash signature, and gives a store's copy facts as duplicateOf and copies", () => {
    const bare = toAnnotatedJson({ ...article, minhash: 'AAAA', stages: [] });
    expect(bare).not.toHaveProperty('minhash');
    expect(bare).not.toHaveProperty('duplicateOf');
    expect(bare).not.toHaveProperty('copies');
    const copyOf = { id: 'f00d', similarity: 0.9 };
    const copies = [{ id: 'beef', similarity: 1 }];
    expect(toAnnotatedJson({ ...article, stages: [], copyOf, copies })).toMatchObject({
      duplicateOf: copyOf,
      copies,
    });
  });

  it('carries the record, the text, the paragraphs, the diagnostics and the stages that ran', () => {
    const stages = [{ name: 'sentences', version: '1.0.0', status: 'ok' as const, ms: 1 }];
    expect(toAnnotatedJson({ ...article, stages })).toMatchObject({
      id: article.id,
      title: 'A headline',
      publishedAt: '2018-06-17',
      text: 'A headline\n\nOne sentence.',
      paragraphs: article.paragraphs,
      diagnostics: [],
      stages,
    });
  });

  it('includes sentences only when a stage produced them', () => {
    expect(toAnnotatedJson({ ...article, stages: [] })).not.toHaveProperty('sentences');
    const sentences = [{ start: 12, end: 25 }];
    expect(toAnnotatedJson({ ...article, sentences, stages: [] }).sentences).toEqual(sentences);
  });

  it('gives each entity the id of the actor one of whose mentions it is', () => {
    const entities = [
      { text: 'A', type: 'PERSON' as const, start: 0, end: 1 },
      { text: 'headline', type: 'ORG' as const, start: 2, end: 10 },
    ];
    const actors = [
      { id: 'actor-1', name: 'A', code: null, country: null, roles: [], mentions: [{ start: 0, end: 1 }] },
    ];
    const json = toAnnotatedJson({ ...article, entities, actors, stages: [] });
    expect(json.entities).toEqual([{ ...entities[0], actorId: 'actor-1' }, entities[1]]);
  });
});
