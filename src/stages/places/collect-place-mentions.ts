import type { EntityMention } from '../../document/annotations.js';
import type { Paragraph } from '../../document/article.js';
import type { Span } from '../../document/span.js';
import type { Dateline } from './find-dateline.js';
import { findPlaceEntities } from './place-entities.js';
import type { GazetteerPlace, PlaceGazetteer } from './place-gazetteer.js';
import { type PlaceNameForm, placeNameForms } from './place-name-forms.js';

/**
 * The mentions of one name in an article, read one way: what it may mean, and what the text
 * around it says. One name written under two containers ("Tripoli, Lebanon" and "Tripoli,
 * Libya") makes two groups.
 */
export interface PlaceMentionGroup {
  key: string;
  /** The places the name may mean, most likely first. */
  candidates: readonly GazetteerPlace[];
  /** The place news means by this name, where the gazetteer says so ("Washington" the capital). */
  preferred?: GazetteerPlace;
  /** The name's words in each mention, in text order. */
  mentions: Span[];
  /** The country or region a mention placed it in ("Paris, Texas"): it must be in one of them. */
  within?: readonly GazetteerPlace[];
  /** True for the dateline's place. */
  isDateline: boolean;
  /** The name is also an ordinary word or a given name, and was not written in capitals. */
  isCommonWord: boolean;
}

/** What `collectPlaceMentions` found: the groups, the countries of the peoples named, and names it could not place. */
export interface CollectedPlaces {
  groups: PlaceMentionGroup[];
  /** The group the article is told from: its dateline's, or that of the first place of its first paragraph. */
  focus: PlaceMentionGroup | undefined;
  /** ISO-3 codes of the countries whose people the article names ("Israeli", "Russians"). */
  peoples: Set<string>;
  /** Place mentions the gazetteer does not know, the first of each name. */
  unknown: (Span & { text: string })[];
}

const CONTAINER_KINDS = new Set(['country', 'region']);
const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,3})$/u;
const WRITTEN_AFTER_COMMA = /^,\s+((?:the\s+)?[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,2})/u;

/**
 * Reads the article's LOCATION mentions (and its dateline) against the gazetteer, one group per
 * name and container, in order of first mention. Nationalities are not places but are kept as
 * evidence of their countries. Linear in the mentions: a few lookups each.
 */
export function collectPlaceMentions(
  text: string,
  paragraphs: readonly Paragraph[],
  entities: readonly EntityMention[],
  dateline: Dateline | undefined,
  gazetteer: PlaceGazetteer,
): CollectedPlaces {
  const groups = new Map<string, PlaceMentionGroup>();
  const peoples = new Set<string>();
  const unknown: (Span & { text: string })[] = [];
  const unknownKeys = new Set<string>();
  const locations = findPlaceEntities(text, entities, gazetteer);
  const startsAt = new Map(locations.map((entity) => [entity.start, entity]));

  for (const entity of entities) {
    if (entity.type !== 'NORP' || locations.includes(entity)) continue;
    const country = gazetteer.demonyms.get(placeNameForms(entity.text)[0]?.key ?? '');
    if (country) peoples.add(country);
  }

  const addMention = (
    span: Span,
    options: { container?: Span; isDateline?: boolean },
  ): PlaceMentionGroup | undefined => {
    const written = text.slice(span.start, span.end);
    let read = readPlace(written, gazetteer);
    let container = options.container;
    const comma = written.indexOf(', ');
    if (read === undefined && comma > 0) {
      // "Paris, Texas" tagged as one name.
      read = readPlace(written.slice(0, comma), gazetteer);
      container = { start: span.start + comma + 2, end: span.end };
    }
    if (read === undefined) {
      const key = placeNameForms(written)[0]?.key ?? '';
      if (gazetteer.demonyms.has(key)) {
        const country = gazetteer.demonyms.get(key);
        if (country) peoples.add(country);
      } else if (key !== '' && !unknownKeys.has(key)) {
        unknownKeys.add(key);
        unknown.push({ ...span, text: written });
      }
      return undefined;
    }
    container ??= containerAfter(text, span.end, startsAt);
    const within = container
      ? readContainer(text.slice(container.start, container.end), gazetteer)
      : undefined;
    const id = `${read.form.key}|${read.form.kinds?.join() ?? ''}|${within?.map((place) => place.row).join() ?? ''}`;
    let group = groups.get(id);
    if (group === undefined) {
      const preferred = gazetteer.preferred.get(read.form.key);
      group = {
        key: read.form.key,
        candidates: read.candidates,
        ...(preferred ? { preferred } : {}),
        mentions: [],
        ...(within ? { within } : {}),
        isDateline: false,
        isCommonWord: gazetteer.commonWords.has(read.form.key) && !isAllCapitals(written),
      };
      groups.set(id, group);
    }
    const mention = { start: span.start + read.form.start, end: span.start + read.form.end };
    const last = group.mentions[group.mentions.length - 1];
    if (last === undefined || last.start !== mention.start) group.mentions.push(mention);
    if (options.isDateline) group.isDateline = true;
    return group;
  };

  let focus: PlaceMentionGroup | undefined;
  if (dateline) {
    const container = dateline.container;
    focus = addMention(dateline.place, { ...(container ? { container } : {}), isDateline: true });
  }
  const opening = paragraphs.find((paragraph) => paragraph.kind !== 'title');
  for (const entity of locations) {
    if (dateline && entity.start === dateline.place.start) continue;
    const group = addMention(entity, {});
    if (focus === undefined && group && opening && opening.start <= entity.start && entity.end <= opening.end)
      focus = group;
  }
  return { groups: [...groups.values()], focus, peoples, unknown };
}

/**
 * The first reading of the name that the gazetteer knows, with the places it may mean. An
 * acronym ("U.S.", "UAE", but not "U.N.") is a country, a region or a place news means by it,
 * never a village that happens to be spelt so ("Un", India).
 */
function readPlace(
  written: string,
  gazetteer: PlaceGazetteer,
): { form: PlaceNameForm; candidates: readonly GazetteerPlace[] } | undefined {
  const forms = placeNameForms(written);
  // A people ("Russians") is never a place, whatever town bears its name.
  if (gazetteer.demonyms.has(forms[0]?.key ?? '')) return undefined;
  const isAcronym = ACRONYM.test(written);
  for (const form of forms) {
    const preferred = gazetteer.preferred.get(form.key);
    const candidates = gazetteer.byKey
      .get(form.key)
      ?.filter(
        (place) =>
          (form.kinds === undefined || form.kinds.includes(place.kind)) &&
          (!isAcronym || place.kind !== 'city' || place === preferred),
      );
    if (candidates && candidates.length > 0) return { form, candidates };
  }
  return undefined;
}

/**
 * The countries and regions a container's name may mean ("Georgia": the country and the state),
 * read from its words or, failing that, from fewer of them ("Texas Governor Greg" -> Texas).
 */
function readContainer(written: string, gazetteer: PlaceGazetteer): readonly GazetteerPlace[] | undefined {
  const words = written.split(' ');
  for (let count = words.length; count > 0; count--) {
    const places = gazetteer.byKey.get(placeNameForms(words.slice(0, count).join(' '))[0]?.key ?? '');
    const containers = places?.filter((place) => CONTAINER_KINDS.has(place.kind));
    if (containers && containers.length > 0) return containers;
  }
  return undefined;
}

/** The span of a country or state written after a comma ("Paris, Texas"): a tagged place, or capitalised words. */
function containerAfter(
  text: string,
  end: number,
  startsAt: ReadonlyMap<number, EntityMention>,
): Span | undefined {
  const match = WRITTEN_AFTER_COMMA.exec(text.slice(end, end + 60));
  if (match === null) return undefined;
  const start = end + match[0].length - (match[1]?.length ?? 0);
  const tagged = startsAt.get(start);
  return tagged ? { start, end: tagged.end } : { start, end: end + match[0].length };
}

function isAllCapitals(written: string): boolean {
  return written.length > 1 && written === written.toUpperCase();
}
