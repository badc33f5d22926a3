import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle, EntityMention } from '../../document/annotations.js';
import { createArticle } from '../../document/article.js';
import { toAnnotatedJson } from '../../document/to-annotated-json.js';
import { eventFixtures, quoteFixtures } from '../store.contract.js';
import { annotatedJsonOfRow } from './annotated-json-of-row.js';
import { type ArticleRow, articleFromRow, rowFromArticle } from './article-row.js';

const { israel } = eventFixtures();
const { israel: quoted, undated } = quoteFixtures();

/** Netanyahu (an actor's mention) and Syria (no actor's), as the entities stage finds names. */
function withEntities(article: AnnotatedArticle): AnnotatedArticle {
  const entity = (name: string, type: EntityMention['type']): EntityMention => {
    const start = article.text.indexOf(name);
    return { start, end: start + name.length, text: name, type };
  };
  return { ...article, entities: [entity('Netanyahu', 'PERSON'), entity('Syria', 'LOCATION')] };
}

const slowly = (article: AnnotatedArticle) =>
  JSON.stringify(toAnnotatedJson(articleFromRow(rowFromArticle(article))));

/** The article's JSON as the SQLite store reads it: the annotations as bytes. */
const spliced = (row: ArticleRow) => {
  const annotations = row.annotations === null ? null : Buffer.from(row.annotations);
  return new TextDecoder().decode(annotatedJsonOfRow({ ...row, seq: 1, annotations }));
};

describe('annotatedJsonOfRow', () => {
  it.each([
    ['events and actors', israel],
    ['quotes, places and tone', quoted],
    ['an undated article', undated],
    ['entities, some of them mentions of actors', withEntities(quoted)],
    ['entities without actors', { ...withEntities(quoted), actors: undefined }],
    ['actors and no entities', { ...quoted, entities: [] }],
    ['a MinHash signature, which stays internal', { ...israel, minhash: 'AAAAAQ' }],
  ])('writes an article with %s as toAnnotatedJson does, byte for byte', (_, article) => {
    expect(spliced(rowFromArticle(article))).toBe(slowly(article));
  });

  it('writes an article never analysed, without layers and with no stages', () => {
    const plain = createArticle(
      { title: 'Harbour report', body: ['Ships came in.'], publishedAt: '2018-06-17' },
      { location: 'a.txt', reader: 'text@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' },
    );
    expect(rowFromArticle(plain).annotations).toBeNull();
    expect(spliced(rowFromArticle(plain))).toBe(slowly({ ...plain, stages: [] }));
  });

  it('keeps the place of an actor id an entity was stored with, as a spread of the entity does', () => {
    const article = withEntities(israel);
    const [first, ...rest] = article.entities ?? [];
    const stored = { ...article, entities: [{ ...first, actorId: 'actor-9' } as EntityMention, ...rest] };
    expect(spliced(rowFromArticle(stored))).toBe(slowly(stored));
  });

  it('escapes quotes, backslashes, line breaks and characters beyond the BMP in the text', () => {
    const article = {
      ...israel,
      title: 'A "quoted" \\ title \u2028 with 𝄞 and é',
      authors: ['O\'Brien "the" writer'],
    };
    expect(spliced(rowFromArticle(article))).toBe(slowly(article));
  });
});
