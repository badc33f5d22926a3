import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType, Place } from '../../document/annotations.js';
import { createArticle } from '../../document/article.js';
import type { Diagnostic } from '../../document/diagnostic.js';
import { createPlaceGazetteer } from './place-gazetteer.js';
import { type PlaceRow, placeColumnsOf } from './place-gazetteer-file.js';
import { createPlacesStage } from './places-stage.js';

// A small gazetteer written by hand, with the populations GeoNames gives.
const ROWS: PlaceRow[] = [
  ['Tripoli', 'LBY', 32.893, 13.188, 'P', 'PPLC', 2210247, 1150989, '77'],
  ['Tripoli', 'LBN', 34.437, 35.85, 'P', 'PPLA', 266826, 229398, '09'],
  ['Beirut', 'LBN', 33.893, 35.502, 'P', 'PPLC', 276781, 1916100, '04'],
  ['Paris', 'FRA', 48.853, 2.349, 'P', 'PPLC', 2988507, 2138551, '11'],
  ['Paris', 'USA', 33.661, -95.556, 'P', 'PPLA2', 4717560, 24782, 'TX'],
  ['Tbilisi', 'GEO', 41.694, 44.834, 'P', 'PPLC', 611717, 1049498, '51'],
  ['Atlanta', 'USA', 33.749, -84.388, 'P', 'PPLA', 4180439, 463878, 'GA'],
  ['Kyiv', 'UKR', 50.454, 30.524, 'P', 'PPLC', 703448, 2797553, '12'],
  ['Nice', 'FRA', 43.703, 7.266, 'P', 'PPLA2', 2990440, 338620, '93'],
  ['Springfield', 'USA', 37.215, -93.298, 'P', 'PPLA2', 4409896, 166810, 'MO'],
  ['Springfield', 'USA', 42.101, -72.59, 'P', 'PPL', 4951788, 154341, 'MA'],
  ['Un', 'IND', 23.887, 71.77, 'P', 'PPL', 1253000, 9000, '09'],
  ['Lima', 'PER', -12.043, -77.028, 'P', 'PPLC', 3936456, 7737002, '15'],
  ['Lebanon', 'LBN', 33.83, 35.83, 'A', 'PCLI', 0, 0, ''],
  ['Libya', 'LBY', 25, 17, 'A', 'PCLI', 0, 0, ''],
  ['France', 'FRA', 46, 2, 'A', 'PCLI', 0, 0, ''],
  ['Georgia', 'GEO', 42, 43.5, 'A', 'PCLI', 0, 0, ''],
  ['Syria', 'SYR', 35, 38, 'A', 'PCLI', 0, 0, ''],
  ['Texas', 'USA', 31.2, -98.4, 'A', 'ADM1', 0, 0, 'TX'],
  ['Georgia', 'USA', 32.6, -83.4, 'A', 'ADM1', 0, 0, 'GA'],
];

const gazetteer = createPlaceGazetteer({
  places: placeColumnsOf(ROWS),
  names: [['kiev', 7]],
  preferred: [],
  unnamed: [],
  demonyms: [
    ['russians', 'RUS'],
    ['lebanese', 'LBN'],
  ],
  commonWords: ['nice'],
});
const stage = createPlacesStage({ gazetteer });
const origin = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' };

/** A name of the text and the type the tagger gave it; LOCATION when only the name is given. */
type Tagged = string | [string, EntityType];

/**
 * Runs the stage on an article with this body, each tagged name marked at every occurrence as
 * a whole word; the tokens and sentences are not read by the stage.
 */
function placesOf(
  body: string,
  tagged: Tagged[],
  title = 'Report',
): { places: Place[]; diagnostics: Diagnostic[]; text: string } {
  const article = createArticle({ title, body: [body] }, origin);
  const entities: EntityMention[] = [];
  for (const entry of tagged) {
    const [name, type] = typeof entry === 'string' ? [entry, 'LOCATION' as const] : entry;
    for (const match of article.text.matchAll(
      new RegExp(`(?<![\\p{L}])${name.replace(/\./g, '\\.')}(?![\\p{L}])`, 'gu'),
    ))
      entities.push({ text: name, type, start: match.index, end: match.index + name.length });
  }
  entities.sort((a, b) => a.start - b.start);
  const output = stage.run({ ...article, stages: [], tokens: [], sentences: [], entities });
  return { places: output.places, diagnostics: output.diagnostics ?? [], text: article.text };
}

const where = (places: Place[]) => places.map((place) => `${place.name} ${place.country}`);

describe('placesStage disambiguation', () => {
  it('reads Tripoli alone as the capital of Libya, the larger city', () => {
    expect(where(placesOf('Fighting broke out in Tripoli.', ['Tripoli']).places)).toEqual(['Tripoli LBY']);
  });

  it('reads Tripoli as the Lebanese city in an article about Lebanon', () => {
    const { places } = placesOf('Fighting broke out in Tripoli, and Lebanon sent troops.', [
      'Tripoli',
      'Lebanon',
    ]);
    expect(where(places)).toEqual(['Tripoli LBN', 'Lebanon LBN']);
  });

  it('reads Tripoli as the Lebanese city beside another Lebanese city', () => {
    const { places } = placesOf('Clashes in Tripoli spread to Beirut.', ['Tripoli', 'Beirut']);
    expect(where(places)).toEqual(['Tripoli LBN', 'Beirut LBN']);
  });

  it('takes the country after a comma as the container: "Paris, Texas"', () => {
    const { places } = placesOf('Storms hit Paris, Texas, on Monday.', ['Paris', 'Texas']);
    expect(where(places)).toEqual(['Paris USA', 'Texas USA']);
  });

  it('keeps Paris in France in an article that also names Texas elsewhere', () => {
    const { places } = placesOf('Ministers met in Paris. A storm hit Texas.', ['Paris', 'Texas']);
    expect(where(places)[0]).toBe('Paris FRA');
  });

  it('reads Georgia in an article about Tbilisi as the country', () => {
    const { places } = placesOf('Crowds filled Tbilisi as Georgia voted.', ['Tbilisi', 'Georgia']);
    expect(where(places)).toEqual(['Tbilisi GEO', 'Georgia GEO']);
  });

  it('reads Georgia in an article about Atlanta as the US state', () => {
    const { places } = placesOf('Officials in Atlanta said Georgia would recount.', ['Atlanta', 'Georgia']);
    expect(where(places)).toEqual(['Atlanta USA', 'Georgia USA']);
  });

  it('reads Georgia alone as the country', () => {
    expect(where(placesOf('Georgia voted.', ['Georgia']).places)).toEqual(['Georgia GEO']);
  });

  it('reads the dateline, tagged or not, and its container: "TRIPOLI, Lebanon —"', () => {
    const { places, text } = placesOf('TRIPOLI, Lebanon — Gunmen fired overnight.', []);
    expect(where(places)).toEqual(['Tripoli LBN']);
    expect(text.slice(places[0]?.mentions[0]?.start, places[0]?.mentions[0]?.end)).toBe('TRIPOLI');
  });

  it('lets a dateline in Lebanon decide a later Tripoli', () => {
    const { places } = placesOf('BEIRUT — Gunmen fired overnight in Tripoli.', ['Tripoli']);
    expect(where(places)).toEqual(['Beirut LBN', 'Tripoli LBN']);
  });

  it('reads "southern Syria" as Syria, its span the name', () => {
    const { places, text } = placesOf('Troops moved into southern Syria and Syria protested.', [
      'southern Syria',
      'Syria',
    ]);
    expect(where(places)).toEqual(['Syria SYR']);
    expect(places[0]?.mentions.map((span) => text.slice(span.start, span.end))).toEqual(['Syria', 'Syria']);
  });

  it('gives one place per distinct place, with every mention: Kiev and Kyiv', () => {
    const { places, text } = placesOf('Kiev was shelled. Kyiv said the shelling of Kyiv went on.', [
      'Kiev',
      'Kyiv',
    ]);
    expect(where(places)).toEqual(['Kyiv UKR']);
    expect(places[0]?.mentions.map((span) => text.slice(span.start, span.end))).toEqual([
      'Kiev',
      'Kyiv',
      'Kyiv',
    ]);
  });

  it('gives the GeoNames id, feature class and point of the place', () => {
    const [place] = placesOf('Ministers met in Paris.', ['Paris']).places;
    expect(place).toMatchObject({
      name: 'Paris',
      country: 'FRA',
      featureClass: 'P',
      geonameId: 2988507,
      lat: 48.853,
    });
  });

  it('makes no place of a demonym, even one the tagger typed LOCATION', () => {
    const { places, diagnostics } = placesOf('Russians and Lebanese protested in Beirut.', [
      'Russians',
      'Lebanese',
      'Beirut',
    ]);
    expect(where(places)).toEqual(['Beirut LBN']);
    expect(diagnostics).toEqual([]);
  });

  it('makes no village of an acronym: "U.N." is not Un, India', () => {
    expect(placesOf('The U.N. said so.', ['U.N.']).places).toEqual([]);
  });
});

describe('placesStage reading the tagger', () => {
  it('takes a place name the tagger typed PERSON after "in"', () => {
    expect(where(placesOf('Officials in Lima said so.', [['Lima', 'PERSON']]).places)).toEqual(['Lima PER']);
  });

  it('takes a place name typed PERSON in a list with a LOCATION', () => {
    const { places } = placesOf('Paris and Lima agreed.', ['Paris', ['Lima', 'PERSON']]);
    expect(where(places)).toEqual(['Paris FRA', 'Lima PER']);
  });

  it('leaves a place name typed PERSON with nothing to show it is a place', () => {
    expect(placesOf('Lima said so.', [['Lima', 'PERSON']]).places).toEqual([]);
  });

  it('takes a common word only where the tagger typed it LOCATION', () => {
    expect(placesOf('The weather in Nice was nice.', [['Nice', 'PERSON']]).places).toEqual([]);
    expect(where(placesOf('The weather in Nice was nice.', ['Nice']).places)).toEqual(['Nice FRA']);
  });

  it('takes a country name the tagger typed as a nationality', () => {
    expect(where(placesOf('The border with Syria closed.', [['Syria', 'NORP']]).places)).toEqual([
      'Syria SYR',
    ]);
  });
});

describe('placesStage diagnostics', () => {
  it('reports a common word with nothing to confirm it as places-ambiguous, with its span', () => {
    const { diagnostics, text } = placesOf('Talks were held in Nice.', ['Nice']);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['places-ambiguous']);
    const span = diagnostics[0]?.span;
    expect(text.slice(span?.start, span?.end)).toBe('Nice');
  });

  it('reports nothing for a common word the article confirms', () => {
    expect(placesOf('Talks were held in Nice, France.', ['Nice', 'France']).diagnostics).toEqual([]);
  });

  it('reports a close call between places far apart', () => {
    const { places, diagnostics } = placesOf('The plant in Springfield closed.', ['Springfield']);
    expect(places).toHaveLength(1);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['places-ambiguous']);
    expect(diagnostics[0]?.message).toContain('could as well be Springfield (USA, 42.1, -72.6)');
  });

  it('reports nothing when size settles it: Tripoli alone', () => {
    expect(placesOf('Fighting broke out in Tripoli.', ['Tripoli']).diagnostics).toEqual([]);
  });

  it('reports a name the gazetteer lacks once, as places-unknown', () => {
    const { places, diagnostics } = placesOf('Shots in Kwaramari; Kwaramari emptied.', ['Kwaramari']);
    expect(places).toEqual([]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['places-unknown']);
  });
});

describe('placesStage on bad input', () => {
  it('finds nothing in an empty article', () => {
    expect(placesOf('', [], '')).toEqual({ places: [], diagnostics: [], text: '' });
  });

  it('gives one place with 10,000 mentions for a name repeated 10,000 times', () => {
    const { places } = placesOf('Paris. '.repeat(10_000), ['Paris']);
    expect(places).toHaveLength(1);
    expect(places[0]?.mentions).toHaveLength(10_000);
  });

  it('reads 500 places in one article', () => {
    const names = ['Paris', 'Tripoli', 'Lebanon', 'Kyiv', 'Tbilisi'];
    const body = Array.from({ length: 500 }, (_, index) => `${names[index % 5]} ${index}.`).join(' ');
    const { places } = placesOf(body, names);
    expect(where(places)).toEqual(['Paris FRA', 'Tripoli LBN', 'Lebanon LBN', 'Kyiv UKR', 'Tbilisi GEO']);
    expect(places.reduce((sum, place) => sum + place.mentions.length, 0)).toBe(500);
  });
});
