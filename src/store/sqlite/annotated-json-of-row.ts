import type { Actor } from '../../document/annotations.js';
import { composeText, PARAGRAPH_SEPARATOR } from '../../document/article.js';
import type { ArticleRow } from './article-row.js';
import { jsonElements, jsonMembers, textOf } from './json-members.js';

/** The columns an article's JSON is made of, the annotations as their bytes (UTF-8), not as text. */
export type ArticleJsonRow = Omit<ArticleRow, 'key' | 'annotations'> & {
  seq: number;
  annotations: Uint8Array | null;
};

/** The SQL of those columns: better-sqlite3 gives a BLOB as a Buffer, without decoding it. */
export const ARTICLE_JSON_COLUMNS = `seq, id, title, lede, body, image, source, url, language, authors,
  published_at, origin, diagnostics, CAST(annotations AS BLOB) AS annotations`;

/** The layers of the annotated-article JSON, in the order `toAnnotatedJson` writes them. */
const PUBLIC_LAYERS = ['sentences', 'entities', 'chains', 'actors', 'events', 'quotes', 'places', 'tone'];
const LAYER_KEYS = new Map(PUBLIC_LAYERS.map((layer) => [layer, Buffer.from(`,"${layer}":`)]));
const NO_STAGES = Buffer.from('[]');
const ACTOR_ID_KEY = Buffer.from(',"actorId":');
const OPEN_BRACKET = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE_BRACE = Buffer.from('}');
const CLOSE_BRACKET = Buffer.from(']');

const utf8 = new TextDecoder();

/**
 * An article's row as the bytes (UTF-8) of the text `JSON.stringify(toAnnotatedJson(articleFromRow(row)))`
 * gives, spliced from the stored JSON: every stored value was written by `JSON.stringify`, so its
 * bytes are what parsing and writing it again would give. The annotations (12 kB an analysed
 * article) are never decoded: parsing them, writing them again and encoding the line took most of
 * the time of a jsonl export.
 */
export function annotatedJsonOfRow(row: ArticleJsonRow): Buffer {
  const { text, paragraphs } = composeText(row.title, row.lede, row.body.split(PARAGRAPH_SEPARATOR));
  const parts: Uint8Array[] = [
    Buffer.from(
      `{"id":${JSON.stringify(row.id)},"title":${JSON.stringify(row.title)},` +
        `"lede":${JSON.stringify(row.lede)},"image":${JSON.stringify(row.image)},` +
        `"source":${JSON.stringify(row.source)},"url":${JSON.stringify(row.url)},` +
        `"language":${JSON.stringify(row.language)},"authors":${row.authors},` +
        `"publishedAt":${JSON.stringify(row.published_at)},"text":${JSON.stringify(text)},` +
        `"paragraphs":${JSON.stringify(paragraphs)}`,
    ),
  ];
  const stored =
    row.annotations === null
      ? new Map<string, Uint8Array>([['stages', NO_STAGES]])
      : jsonMembers(row.annotations);
  const actors = stored.get('actors');
  for (const [layer, key] of LAYER_KEYS) {
    const value = stored.get(layer);
    if (value === undefined) continue;
    parts.push(key, ...(layer === 'entities' && actors ? entitiesWithActorIds(value, actors) : [value]));
  }
  parts.push(Buffer.from(`,"diagnostics":${row.diagnostics}`));
  const stages = stored.get('stages');
  if (stages !== undefined) parts.push(Buffer.from(',"stages":'), stages);
  parts.push(Buffer.from(`,"origin":${row.origin}}`));
  return Buffer.concat(parts);
}

/**
 * The entities' JSON in parts, each entity that is one of an actor's mentions with that actor's
 * id, as `toAnnotatedJson` gives them: the id goes last, as in a spread of the entity. Only
 * the actors are parsed, for their mentions; a number has one text in JSON, so an entity's span
 * is matched as its bytes stand.
 */
function entitiesWithActorIds(entities: Uint8Array, actors: Uint8Array): Uint8Array[] {
  const actorIdAt = new Map<string, Uint8Array>();
  for (const actor of JSON.parse(utf8.decode(actors)) as Actor[]) {
    const id = Buffer.from(JSON.stringify(actor.id));
    for (const mention of actor.mentions) actorIdAt.set(`${mention.start}:${mention.end}`, id);
  }
  const parts: Uint8Array[] = [];
  for (const entity of jsonElements(entities)) {
    const members = jsonMembers(entity);
    const actorId = actorIdAt.get(spanKey(members));
    parts.push(parts.length === 0 ? OPEN_BRACKET : COMMA);
    if (actorId === undefined) parts.push(entity);
    else if (members.has('actorId')) parts.push(withActorId(entity, actorId));
    else parts.push(entity.subarray(0, -1), ACTOR_ID_KEY, actorId, CLOSE_BRACE);
  }
  return parts.length === 0 ? [entities] : [...parts, CLOSE_BRACKET];
}

/** The text of a span's numbers, `start:end`. */
function spanKey(members: Map<string, Uint8Array>): string {
  const start = members.get('start');
  const end = members.get('end');
  return start && end ? `${textOf(start)}:${textOf(end)}` : '';
}

/**
 * An entity stored with an actor id, with this one in its place, as a spread does. Ingest drops
 * the ids it reads, so only an article put by code that set them comes here.
 */
function withActorId(entity: Uint8Array, actorId: Uint8Array): Uint8Array {
  const written = { ...JSON.parse(utf8.decode(entity)), actorId: JSON.parse(utf8.decode(actorId)) };
  return Buffer.from(JSON.stringify(written));
}
