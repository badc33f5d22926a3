import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../document/annotations.js';
import { eventFixtures, withQuotes } from '../store/store.contract.js';
import { geojsonChunks } from './geojson-chunks.js';

const { israel, russia } = eventFixtures();
const tone = { score: 0, positive: 0, negative: 0, polarity: 0, wordCount: 10 };
const jerusalem = {
  name: 'Jerusalem',
  country: 'ISR',
  lat: 31.77,
  lon: 35.22,
  featureClass: 'P',
  geonameId: 281184,
};
const placed: AnnotatedArticle = {
  ...withQuotes(israel, [], [jerusalem], tone),
  events: (israel.events ?? []).map((event, index) =>
    index === 0
      ? { ...event, place: { start: 27, end: 36, text: 'Jerusalem', country: 'ISR', lat: 31.77, lon: 35.22 } }
      : event,
  ),
};

async function collection(pages: AnnotatedArticle[][]) {
  async function* from() {
    yield* pages;
  }
  let text = '';
  for await (const chunk of geojsonChunks(from())) text += chunk;
  return JSON.parse(text);
}

describe('geojsonChunks', () => {
  it('is one FeatureCollection of Points in longitude, latitude order', async () => {
    const { type, features } = await collection([[placed], [russia]]);
    expect(type).toBe('FeatureCollection');
    for (const feature of features) expect(feature.geometry.type).toBe('Point');
    expect(features[0].geometry.coordinates).toEqual([35.22, 31.77]);
  });

  it('has a feature for each event at a geocoded place and each place an article names', async () => {
    const { features } = await collection([[placed], [russia]]);
    expect(features.map((feature: { properties: { kind: string } }) => feature.properties.kind)).toEqual([
      'event',
      'place',
    ]);
    expect(features[0].properties).toMatchObject({ eventId: 'event-1', code: '040', sourceCode: 'ISRGOV' });
    expect(features[1].properties).toMatchObject({ name: 'Jerusalem', country: 'ISR', mentions: 2 });
  });

  it('is a valid empty collection when nothing matches', async () => {
    expect(await collection([])).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
