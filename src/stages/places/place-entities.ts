import type { EntityMention } from '../../document/annotations.js';
import type { GazetteerPlace, PlaceGazetteer } from './place-gazetteer.js';
import { placeNameForms } from './place-name-forms.js';

// A word before a name that puts it on the map ("in Lima", "outside Kharkiv").
const LOCATIVE_BEFORE =
  /\b(?:in|from|to|near|at|outside|across|into|toward|towards|via|around|between)\s+(?:the\s+)?$/i;
// What lies between two names of one list: "Nottingham and Leicester", "Tokyo, Osaka".
const JOINED = /^\s*(?:,|and|or)\s+$/;

/**
 * The entities to read as places: every LOCATION, and the names the tagger typed otherwise that
 * the text shows to be places. A name typed LOCATION elsewhere in the article ("Kharkiv" tagged
 * ORG once); a country's name typed as a nationality ("border with Sudan"); a place's name typed
 * as a person or organisation after "in", "from", "near"... or joined by "and" or a comma to a
 * LOCATION ("Buenos Aires and Lima"). A name that is also a common word or a given name
 * ("Reading", "Chad", "Jordan") counts only where the tagger typed it LOCATION.
 */
export function findPlaceEntities(
  text: string,
  entities: readonly EntityMention[],
  gazetteer: PlaceGazetteer,
): EntityMention[] {
  const keyOf = (entity: EntityMention) => placeNameForms(entity.text)[0]?.key ?? '';
  const locationKeys = new Set(entities.filter((entity) => entity.type === 'LOCATION').map(keyOf));
  const isPlace = (entity: EntityMention, index: number): boolean => {
    if (entity.type === 'LOCATION') return true;
    if (entity.type === 'EVENT') return false;
    const key = keyOf(entity);
    if (gazetteer.commonWords.has(key) || gazetteer.demonyms.has(key)) return false;
    const places = gazetteer.byKey.get(key);
    if (places === undefined) return false;
    if (locationKeys.has(key)) return true;
    if (entity.type === 'NORP') return places.some((place) => place.kind === 'country');
    if (isSeatOfPower(places[0], entity.type)) return true;
    const before = text.slice(Math.max(0, entity.start - 24), entity.start);
    if (LOCATIVE_BEFORE.test(before)) return true;
    const previous = entities[index - 1];
    if (previous?.type === 'LOCATION' && JOINED.test(text.slice(previous.end, entity.start))) return true;
    const next = entities[index + 1];
    return next?.type === 'LOCATION' && JOINED.test(text.slice(entity.end, next.start));
  };
  const found: EntityMention[] = [];
  entities.forEach((entity, index) => {
    if (isPlace(entity, index)) found.push(wholeWords(text, entity));
    else if (entity.type !== 'LOCATION') found.push(...listedPlaces(entity, gazetteer));
  });
  const untagged = untaggedPlaces(text, entities, gazetteer);
  if (untagged.length === 0) return found;
  return [...found, ...untagged].sort((a, b) => a.start - b.start);
}

/** "Bia" of "Białystok": a tagger's name that stops inside a word runs to the word's end. */
function wholeWords(text: string, entity: EntityMention): EntityMention {
  let end = entity.end;
  while (end < text.length && /[\p{L}\p{M}]/u.test(text[end] as string)) end++;
  return end === entity.end ? entity : { ...entity, end, text: text.slice(entity.start, end) };
}

/** One to three capitalised words after a word that puts them on the map ("ports in Fujian"). */
const AFTER_LOCATIVE =
  /\b(?:in|from|to|near|outside|across|into|toward|towards|via|around)\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})/gu;
/** An untagged city must be at least this big to be read as a place: small towns share names with too much. */
const MIN_UNTAGGED_POPULATION = 100_000;

/**
 * Names the tagger left untagged after "in", "from", "near"… ("ports in Fujian", "from Piraeus
 * to Crete"), read as places when the gazetteer's likeliest place for them is a country, a
 * region, an area or a city of at least MIN_UNTAGGED_POPULATION, and the name is not also a
 * common word or a given name ("Reading"). One pass of a regular expression over the text.
 */
function untaggedPlaces(
  text: string,
  entities: readonly EntityMention[],
  gazetteer: PlaceGazetteer,
): EntityMention[] {
  const found: EntityMention[] = [];
  let next = 0;
  for (const match of text.matchAll(AFTER_LOCATIVE)) {
    const words = match[1] as string;
    const start = (match.index as number) + match[0].length - words.length;
    const end = start + words.length;
    while (next < entities.length && (entities[next] as EntityMention).end <= start) next++;
    if (next < entities.length && (entities[next] as EntityMention).start < end) continue;
    const key = placeNameForms(words)[0]?.key ?? '';
    if (gazetteer.commonWords.has(key) || gazetteer.demonyms.has(key)) continue;
    const place = gazetteer.byKey.get(key)?.[0];
    if (!place || (place.kind === 'city' && place.population < MIN_UNTAGGED_POPULATION)) continue;
    found.push({ type: 'LOCATION', text: words, start, end } as EntityMention);
  }
  return found;
}

/** Words between the names of a list the tagger took for one name ("Egypt and Qatar"). */
const LIST_SEPARATOR = /,\s+(?:and\s+)?|\s+and\s+/g;

/**
 * "Egypt and Qatar" tagged as one organisation: its names, as LOCATION mentions, when every one
 * of them is a country or a capital by the rule of `isSeatOfPower`.
 */
function listedPlaces(entity: EntityMention, gazetteer: PlaceGazetteer): EntityMention[] {
  if (!/,\s|\sand\s/.test(entity.text)) return [];
  const parts: EntityMention[] = [];
  let from = 0;
  for (const separator of [...entity.text.matchAll(LIST_SEPARATOR), undefined]) {
    const to = separator ? (separator.index as number) : entity.text.length;
    const part = entity.text.slice(from, to);
    const key = placeNameForms(part)[0]?.key ?? '';
    if (gazetteer.commonWords.has(key) || !isSeatOfPower(gazetteer.byKey.get(key)?.[0], 'ORG')) return [];
    parts.push({
      ...entity,
      type: 'LOCATION',
      text: part,
      start: entity.start + from,
      end: entity.start + to,
    });
    from = to + (separator ? separator[0].length : 0);
  }
  return parts;
}

/**
 * A name whose likeliest place is a country stands for that place where the tagger typed it a
 * person or an organisation ("Costa Rica opened a terminal"); a capital, where it typed it an
 * organisation ("Pyongyang condemned the move"): news names governments by their country and
 * capital. A name typed an organisation may also be a sea, a canal or a region ("the Suez
 * Canal"), never another city.
 */
function isSeatOfPower(place: GazetteerPlace | undefined, type: EntityMention['type']): boolean {
  if (!place) return false;
  if (place.kind === 'country') return true;
  // A capital typed a person may be a person's name ("Lima said so"); typed an organisation, it is its government.
  return type === 'ORG' && (place.featureCode === 'PPLC' || place.kind !== 'city');
}
