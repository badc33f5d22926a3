import type { EntityMention } from '../../document/annotations.js';
import type { PlaceGazetteer } from './place-gazetteer.js';
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
  return entities.filter((entity, index) => {
    if (entity.type === 'LOCATION') return true;
    if (entity.type === 'EVENT') return false;
    const key = keyOf(entity);
    if (gazetteer.commonWords.has(key) || gazetteer.demonyms.has(key)) return false;
    const places = gazetteer.byKey.get(key);
    if (places === undefined) return false;
    if (locationKeys.has(key)) return true;
    if (entity.type === 'NORP') return places.some((place) => place.kind === 'country');
    const before = text.slice(Math.max(0, entity.start - 24), entity.start);
    if (LOCATIVE_BEFORE.test(before)) return true;
    const previous = entities[index - 1];
    if (previous?.type === 'LOCATION' && JOINED.test(text.slice(previous.end, entity.start))) return true;
    const next = entities[index + 1];
    return next?.type === 'LOCATION' && JOINED.test(text.slice(entity.end, next.start));
  });
}
