import { createHash } from 'node:crypto';
import { formatGdeltLine } from '../formats/gdelt/format-gdelt-line.js';
import type { GdeltEvent } from '../formats/gdelt/gdelt-event.js';
import { gdeltRecordOfEvent } from '../formats/gdelt/gdelt-record-of-event.js';

/** An event across articles as the store keeps it: its own id, and GDELT's number when imported. */
export type StoredGdeltEvent = Omit<GdeltEvent, 'gdeltId'> & { id: string; gdeltId?: number };

/**
 * Events across articles (folded from many mentions, or imported from GDELT) as GDELT 2.0 Event
 * rows, a page per chunk. An imported event keeps its GlobalEventID; a folded one gets the first
 * 48 bits of a SHA-256 of its id, so that it keeps its number from one export to the next.
 */
export async function* gdeltEventChunks(pages: AsyncIterable<StoredGdeltEvent[]>): AsyncGenerator<string> {
  for await (const page of pages) {
    let chunk = '';
    for (const event of page) {
      const gdeltId = event.gdeltId ?? numberOfId(event.id);
      chunk += formatGdeltLine(gdeltRecordOfEvent({ ...event, gdeltId }));
    }
    if (chunk) yield chunk;
  }
}

function numberOfId(id: string): number {
  return Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 12), 16);
}
