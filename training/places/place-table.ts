import {
  type PlaceGazetteerFile,
  type PlaceRow,
  placeColumnsOf,
} from '../../src/stages/places/place-gazetteer-file.js';
import { placeKey } from '../../src/stages/places/place-key.js';

/** The gazetteer being built: its rows, and the names each row is filed under besides its own. */
export class PlaceTable {
  readonly rows: PlaceRow[] = [];
  private readonly names = new Map<string, Set<number>>();
  private readonly unnamed = new Set<number>();
  private readonly preferred = new Map<string, number>();
  private readonly demonyms = new Map<string, string>();

  /** Adds a place and returns its row; `named: false` files it only under the names given later. */
  add(row: PlaceRow, options: { named?: boolean } = {}): number {
    const index = this.rows.length;
    this.rows.push(row);
    if (options.named === false) this.unnamed.add(index);
    return index;
  }

  /**
   * Files row `index` under `name` too, unless that is already the key of its own name;
   * `preferred`: it is the place news means by that name.
   */
  addName(name: string, index: number, options: { preferred?: boolean } = {}): void {
    const key = placeKey(name);
    const row = this.rows[index];
    if (key === '' || row === undefined) return;
    if (options.preferred) this.preferred.set(key, index);
    if (!this.unnamed.has(index) && key === placeKey(row[0])) return;
    const rows = this.names.get(key) ?? new Set<number>();
    rows.add(index);
    this.names.set(key, rows);
  }

  addDemonym(word: string, country: string): void {
    const key = placeKey(word);
    if (!this.demonyms.has(key)) this.demonyms.set(key, country);
  }

  /** Every key a row is filed under. */
  keys(): Set<string> {
    return this.keysWhere(() => true);
  }

  private keysWhere(test: (row: PlaceRow) => boolean): Set<string> {
    const keys = new Set<string>();
    this.rows.forEach((row, index) => {
      if (test(row) && !this.unnamed.has(index)) keys.add(placeKey(row[0]));
    });
    for (const [key, rows] of this.names)
      if ([...rows].some((index) => test(this.rows[index] as PlaceRow))) keys.add(key);
    return keys;
  }

  /** The file, with names sorted so that the same input gives the same bytes. */
  toFile(
    header: Pick<PlaceGazetteerFile, 'minPopulation' | 'sources'>,
    commonWords: readonly string[],
  ): PlaceGazetteerFile {
    const byName = (a: [string, ...unknown[]], b: [string, ...unknown[]]) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
    // A demonym that is also a country's name ("Djibouti") is left to the country; one that is
    // the name of a town ("Thai", "Arab") is a demonym.
    const countryKeys = this.keysWhere((row) => row[5] === 'PCLI');
    const demonyms = [...this.demonyms].filter(([key]) => !countryKeys.has(key)).sort(byName);
    return {
      format: 'newsgraph-places-gazetteer',
      version: 1,
      ...header,
      places: placeColumnsOf(this.rows),
      names: [...this.names]
        .map(([key, rows]): [string, ...number[]] => [key, ...[...rows].sort((a, b) => a - b)])
        .sort(byName),
      preferred: [...this.preferred].sort(byName),
      unnamed: [...this.unnamed].sort((a, b) => a - b),
      demonyms,
      commonWords: [...commonWords].sort(),
    };
  }
}
