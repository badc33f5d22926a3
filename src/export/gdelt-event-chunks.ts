import { createHash } from 'node:crypto';
import { formatGdeltLine } from '../formats/gdelt/format-gdelt-line.js';
import type { GdeltEvent, GdeltPlace } from '../formats/gdelt/gdelt-event.js';
import { gdeltRecordOfEvent } from '../formats/gdelt/gdelt-record-of-event.js';

/** An event across articles as the store keeps it: its own id, and GDELT's number when imported. */
export type StoredGdeltEvent = Omit<GdeltEvent, 'gdeltId'> & { id: string; gdeltId?: number };

/**
 * Events across articles (folded from many mentions, or imported from GDELT) as GDELT 2.0 Event
 * rows, a page per chunk. An imported event keeps its GlobalEventID and its places as GDELT gave
 * them; a folded one gets the first 48 bits of a SHA-256 of its id, so that it keeps its number from
 * one export to the next, and its places without their country: the geographies' CountryCode
 * columns hold FIPS 10-4 codes, and newsgraph knows a place's ISO 3166 code only (no table
 * between the two ships with it), so the column stays empty rather than wrong.
 */
export async function* gdeltEventChunks(pages: AsyncIterable<StoredGdeltEvent[]>): AsyncGenerator<string> {
  for await (const page of pages) {
    let chunk = '';
    for (const event of page) {
      const row =
        event.gdeltId === undefined
          ? {
              ...event,
              gdeltId: numberOfId(event.id),
              place: withoutCountry(event.place),
              sourcePlace: withoutCountry(event.sourcePlace) ?? undefined,
              targetPlace: withoutCountry(event.targetPlace) ?? undefined,
            }
          : { ...event, gdeltId: event.gdeltId };
      chunk += formatGdeltLine(gdeltRecordOfEvent(row));
    }
    if (chunk) yield chunk;
  }
}

function withoutCountry(place: GdeltPlace | null | undefined): GdeltPlace | null {
  return place ? { ...place, country: null } : null;
}

function numberOfId(id: string): number {
  return Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 12), 16);
}
