import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PARAGRAPH_SEPARATOR } from '../../src/document/article.js';
import type { Span } from '../../src/document/span.js';

/** The place a name is meant to point at. */
const intendedPlace = z.object({
  name: z.string().min(1),
  /** ISO-3, or empty for a place of no one country (a continent, a sea, Kashmir). */
  country: z.string().regex(/^([A-Z]{3})?$/),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** A name as written and the place it means. */
const annotatedName = intendedPlace.extend({
  /** The name as written, matched as a whole word, case and accents included. */
  text: z.string().min(1),
  kind: z.enum(['city', 'region', 'country', 'area']),
  /** Which occurrences of `text` in the article (1-based) are this place; all when absent. */
  occurrences: z.array(z.number().int().min(1)).optional(),
});

const placeText = z.object({
  id: z.string().min(1),
  part: z.enum(['dev', 'test']),
  title: z.string().min(1),
  paragraphs: z.array(z.string().min(1)).min(1),
  mentions: z.array(annotatedName).min(1),
});

const placeMentionsFile = z.object({ about: z.string(), texts: z.array(placeText).min(1) });

export type PlaceText = z.infer<typeof placeText>;
export type AnnotatedName = z.infer<typeof annotatedName>;
export type IntendedPlace = z.infer<typeof intendedPlace>;

/** One annotated mention, placed in its article's canonical text (title and paragraphs joined). */
export interface GoldPlaceMention extends Span {
  textId: string;
  part: 'dev' | 'test';
  written: string;
  kind: AnnotatedName['kind'];
  place: IntendedPlace;
}

export const PLACE_MENTIONS_PATH = join(import.meta.dirname, 'place-mentions.json');

/** The annotated texts, checked against their schema. */
export function readPlaceTexts(path: string = PLACE_MENTIONS_PATH): PlaceText[] {
  return placeMentionsFile.parse(JSON.parse(readFileSync(path, 'utf8'))).texts;
}

/** The canonical text an article built from this text has: title and paragraphs joined by blank lines. */
export function canonicalText(text: PlaceText): string {
  return [text.title, ...text.paragraphs].join(PARAGRAPH_SEPARATOR);
}

/**
 * Every annotated mention's span in the canonical text. Throws when a name does not occur as a
 * whole word as often as its `occurrences` say, so that an annotation cannot silently point nowhere.
 */
export function goldMentions(text: PlaceText): GoldPlaceMention[] {
  const canonical = canonicalText(text);
  const mentions: GoldPlaceMention[] = [];
  for (const name of text.mentions) {
    const found = wholeWordOccurrences(canonical, name.text);
    const wanted = name.occurrences ?? found.map((_, index) => index + 1);
    if (found.length === 0) throw new Error(`${text.id}: "${name.text}" does not occur`);
    for (const occurrence of wanted) {
      const start = found[occurrence - 1];
      if (start === undefined) throw new Error(`${text.id}: "${name.text}" has no occurrence ${occurrence}`);
      mentions.push({
        textId: text.id,
        part: text.part,
        written: name.text,
        kind: name.kind,
        place: { name: name.name, country: name.country, lat: name.lat, lon: name.lon },
        start,
        end: start + name.text.length,
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function wholeWordOccurrences(haystack: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) starts.push(at);
  }
  return starts;
}
