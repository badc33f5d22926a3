/** What two event mentions must share to be one aggregate event, besides close dates. */
export interface FoldFields {
  source_actor: string | null;
  target_actor: string | null;
  root_code: string;
  lat: number | null;
  lon: number | null;
}

/**
 * The fold key of an event mention: its source and target actor keys (a CAMEO code, or `name:`
 * and a folded name), its CAMEO root code and its place's coordinates to two decimals (about a
 * kilometre), or nothing for an event without a geocoded place. A missing side is empty.
 */
export function foldKey(fields: FoldFields): string {
  const place =
    fields.lat === null || fields.lon === null ? '' : `${fields.lat.toFixed(2)},${fields.lon.toFixed(2)}`;
  return [fields.source_actor ?? '', fields.target_actor ?? '', fields.root_code, place].join('|');
}
