import type { PlaceKind } from './place-gazetteer.js';
import { placeKey } from './place-key.js';
import { STATE_ABBREVIATIONS } from './state-abbreviations.js';

/**
 * One way to read a place mention: the key to look up, the part of the mention it covers
 * (offsets into the mention's text) and, when a word was dropped, the kinds of place it may be.
 */
export interface PlaceNameForm {
  key: string;
  start: number;
  end: number;
  kinds?: readonly PlaceKind[];
}

// Words before a name that say which part of it ("southern Syria", "North-east Nigeria"). A name
// that begins with one ("South Sudan", "West Bank") is found whole first.
const PART_WORDS =
  /^(?:(?:north|south)[- ]?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|central|upper|lower|greater|downtown|coastal|rural|occupied)\s+/i;

// Words after a name that say what it is ("Borno State", "Donetsk region", "Gaza City").
const DIVISION_WORDS =
  /\s+(?:state|province|region|oblast|governorate|district|county|prefecture|territory|municipality)$/i;
const CITY_WORDS = /\s+(?:city|town)$/i;

const POSSESSIVE = /['’]s?$/;

/**
 * The ways to read a place mention, the likeliest first: a US state's abbreviation as the state
 * ("Ala."); as written (without a possessive
 * "'s"); without a word for a part of it ("southern Syria" -> Syria); without a word for a
 * division (a region or the city it is named after: "Donetsk region") or for a city ("Gaza
 * City", which then is a city, not the province of Quebec).
 */
export function placeNameForms(text: string): PlaceNameForm[] {
  const state = STATE_ABBREVIATIONS.get(text.trim());
  if (state !== undefined) return [{ key: placeKey(state), start: 0, end: text.length, kinds: ['region'] }];
  let end = text.length;
  const possessive = POSSESSIVE.exec(text);
  if (possessive && possessive.index > 0) end = possessive.index;
  const forms: PlaceNameForm[] = [];
  const add = (start: number, stop: number, kinds?: readonly PlaceKind[]) => {
    if (stop <= start) return;
    const key = placeKey(text.slice(start, stop));
    if (key !== '' && !forms.some((form) => form.key === key && form.kinds === kinds))
      forms.push({ key, start, end: stop, ...(kinds ? { kinds } : {}) });
  };
  add(0, end);
  const part = PART_WORDS.exec(text.slice(0, end));
  const start = part ? part[0].length : 0;
  if (part) add(start, end);
  const named = text.slice(start, end);
  const division = DIVISION_WORDS.exec(named);
  if (division) add(start, start + division.index, ['region', 'city']);
  const city = CITY_WORDS.exec(named);
  if (city) add(start, start + city.index, ['city']);
  return forms;
}
