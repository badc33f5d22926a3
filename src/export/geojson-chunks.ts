import type { AnnotatedArticle } from '../document/annotations.js';

/**
 * A GeoJSON FeatureCollection (RFC 7946) of Point features, streamed: each coded event that
 * happened at a geocoded place (`kind: "event"`), and each place an article names
 * (`kind: "place"`), coordinates in longitude, latitude order.
 */
export async function* geojsonChunks(pages: AsyncIterable<AnnotatedArticle[]>): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for await (const page of pages) {
    const features: string[] = [];
    for (const article of page) {
      for (const event of article.events ?? []) {
        const place = event.place;
        if (place?.lat === undefined || place.lon === undefined) continue;
        features.push(
          feature(place.lon, place.lat, {
            kind: 'event',
            articleId: article.id,
            eventId: event.id,
            date: event.date,
            code: event.code,
            rootCode: event.rootCode,
            quadClass: event.quadClass,
            goldstein: event.goldstein,
            sourceCode: event.source.code,
            targetCode: event.target.code,
            place: place.text,
            country: place.country ?? null,
          }),
        );
      }
      for (const place of article.places ?? []) {
        features.push(
          feature(place.lon, place.lat, {
            kind: 'place',
            articleId: article.id,
            name: place.name,
            country: place.country,
            featureClass: place.featureClass,
            geonameId: place.geonameId ?? null,
            mentions: place.mentions.length,
          }),
        );
      }
    }
    if (features.length === 0) continue;
    yield `${first ? '' : ',\n'}${features.join(',\n')}`;
    first = false;
  }
  yield '\n]}\n';
}

function feature(lon: number, lat: number, properties: Record<string, unknown>): string {
  return JSON.stringify({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties,
  });
}
