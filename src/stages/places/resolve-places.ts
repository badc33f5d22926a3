import type { PlaceMentionGroup } from './collect-place-mentions.js';
import type { GazetteerPlace } from './place-gazetteer.js';

/**
 * Scores, in the units of the gazetteer's priors (a tenfold bigger city leads by 1.5; a country
 * 2.5 over a state or province). A container written beside the name ("Paris, Texas") decides.
 * Otherwise the article's other places weigh by how much they say: a city inside a candidate
 * country or region ("Tbilisi" for Georgia, "Atlanta" for the state) most; a region named
 * elsewhere in the article ("Texas") less, so that Texas named in passing does not take Paris
 * from France; a country named ("Lebanon" for Tripoli), another city of the same division, or of
 * the same country, less again. More places of one country add a little, up to a point, so that
 * an article full of American places does not move Paris to Texas on their number alone.
 */
const WITHIN_WRITTEN = 10;
const CONTAINS = 5;
const IN_NAMED_REGION = 3.5;
const IN_NAMED_COUNTRY = 2.5;
const SAME_DIVISION = 3;
const SAME_COUNTRY = 2;
const EACH_MORE = 0.5;
const MORE_COUNTED = 2;
/** The country the story is filed from (its dateline, or its first paragraph's place). */
const FOCUS = 1.5;
/** The place the gazetteer says news means by a shared name ("Washington"). */
const PREFERRED = 2;
/** A bare name, in an article that placed the same name with a container, is that place. */
const SAME_NAME_PLACED = 6;
/** A lead smaller than this over a place elsewhere is a guess. */
export const AMBIGUITY_MARGIN = 1;
const PASSES = 3;

/** What one group was resolved to, and how sure that is. */
export interface ResolvedGroup {
  group: PlaceMentionGroup;
  place: GazetteerPlace;
  score: number;
  /** The best-scoring candidate elsewhere (another country, or more than 50 km away), if any. */
  rival?: { place: GazetteerPlace; score: number };
  /** True when something in the text, not size alone, supported the choice. */
  isSupported: boolean;
}

/** Counts of the article's places by country and division, from each group's current choice. */
class PlaceCounts {
  private readonly countries = new Map<string, number>();
  private readonly namedCountries = new Map<string, number>();
  private readonly namedRegions = new Map<string, number>();
  private readonly divisions = new Map<string, number>();

  constructor(readonly peoples: ReadonlySet<string>) {}

  change(place: GazetteerPlace, by: 1 | -1): void {
    if (place.kind === 'area') return;
    bump(this.countries, place.country, by);
    const division = `${place.country}.${place.admin}`;
    if (place.kind === 'country') bump(this.namedCountries, place.country, by);
    else if (place.kind === 'region' && place.admin !== '') bump(this.namedRegions, division, by);
    else if (place.kind === 'city' && place.admin !== '') bump(this.divisions, division, by);
  }

  /** How much the other places of the article support `place` (its own group taken out first). */
  support(place: GazetteerPlace): number {
    if (place.kind === 'area') return 0;
    const division = `${place.country}.${place.admin}`;
    const inCountry = this.countries.get(place.country) ?? 0;
    const namedCountry = this.namedCountries.get(place.country) ?? 0;
    const citiesInDivision = place.admin === '' ? 0 : (this.divisions.get(division) ?? 0);
    const namedRegion = place.admin === '' ? 0 : (this.namedRegions.get(division) ?? 0);
    const others = inCountry + (this.peoples.has(place.country) ? 1 : 0);
    let weight = others > 0 ? SAME_COUNTRY : 0;
    if (namedCountry > 0) weight = Math.max(weight, IN_NAMED_COUNTRY);
    if (place.kind === 'city' && citiesInDivision > 0) weight = Math.max(weight, SAME_DIVISION);
    if (place.kind === 'city' && namedRegion > 0) weight = Math.max(weight, IN_NAMED_REGION);
    if (place.kind === 'region' && citiesInDivision > 0) weight = CONTAINS;
    if (place.kind === 'country' && inCountry - namedCountry > 0) weight = CONTAINS;
    return weight === 0 ? 0 : weight + EACH_MORE * Math.min(Math.max(others - 1, 0), MORE_COUNTED);
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/**
 * Chooses a place for each group: by size first, then, over a few passes, by the article's
 * other places, the containers written beside names and the country it is told from. Each pass
 * costs a constant per candidate, and a group has at most `MAX_CANDIDATES` of them.
 */
export function resolvePlaces(
  groups: readonly PlaceMentionGroup[],
  focus: PlaceMentionGroup | undefined,
  peoples: ReadonlySet<string>,
): ResolvedGroup[] {
  const placedByKey = new Map<string, GazetteerPlace>();
  let chosen = groups.map((group) => best(group, (place) => place.prior + written(group, place)));
  groups.forEach((group, index) => {
    if (group.within) placedByKey.set(group.key, chosen[index]?.place as GazetteerPlace);
  });

  for (let pass = 0; pass < PASSES; pass++) {
    const counts = new PlaceCounts(peoples);
    for (const choice of chosen) counts.change(choice.place, 1);
    const focusIndex = focus ? groups.indexOf(focus) : -1;
    const focusCountry = focusIndex >= 0 ? chosen[focusIndex]?.place.country : undefined;
    chosen = groups.map((group, index) => {
      const own = chosen[index]?.place as GazetteerPlace;
      counts.change(own, -1);
      const placed = group.within ? undefined : placedByKey.get(group.key);
      const result = best(group, (place) => {
        const support = counts.support(place);
        const extra =
          written(group, place) +
          (placed === place ? SAME_NAME_PLACED : 0) +
          (index !== focusIndex && focusCountry !== undefined && place.country === focusCountry ? FOCUS : 0);
        return { score: place.prior + support + extra, isSupported: support + extra > 0 };
      });
      counts.change(own, 1);
      return result;
    });
    groups.forEach((group, index) => {
      if (group.within) placedByKey.set(group.key, chosen[index]?.place as GazetteerPlace);
    });
  }
  return chosen.map((choice, index) => ({ ...choice, group: groups[index] as PlaceMentionGroup }));
}

/** What the name as written says: a container beside it, or the gazetteer's preference. */
function written(group: PlaceMentionGroup, place: GazetteerPlace): number {
  const within = group.within?.some((container) => isWithin(place, container)) ? WITHIN_WRITTEN : 0;
  return within + (group.preferred === place ? PREFERRED : 0);
}

/** True when `place` lies in `container`, a country or a region. */
export function isWithin(place: GazetteerPlace, container: GazetteerPlace): boolean {
  if (place.country !== container.country || place === container) return false;
  return container.kind === 'country' || container.admin === '' || place.admin === container.admin;
}

type Scored = number | { score: number; isSupported: boolean };

/** The best candidate by `score`, and the best one elsewhere. */
function best(
  group: PlaceMentionGroup,
  score: (place: GazetteerPlace) => Scored,
): Omit<ResolvedGroup, 'group'> {
  const scored = group.candidates.map((place) => {
    const value = score(place);
    return typeof value === 'number'
      ? { place, score: value, isSupported: value > place.prior }
      : { place, ...value };
  });
  let top = scored[0] as (typeof scored)[number];
  for (const entry of scored) if (entry.score > top.score) top = entry;
  let rival: (typeof scored)[number] | undefined;
  for (const entry of scored) {
    if (entry === top || !isElsewhere(entry.place, top.place)) continue;
    if (rival === undefined || entry.score > rival.score) rival = entry;
  }
  return {
    place: top.place,
    score: top.score,
    isSupported: top.isSupported,
    ...(rival ? { rival: { place: rival.place, score: rival.score } } : {}),
  };
}

/** Another country, or more than 50 km away. */
function isElsewhere(place: GazetteerPlace, other: GazetteerPlace): boolean {
  return place.country !== other.country || distanceKm(place, other) > 50;
}

/** Great-circle distance (haversine) between two points, in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const radians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * radians;
  const dLon = (b.lon - a.lon) * radians;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
