/**
 * What brings one actor's rows together across articles: its CAMEO code, or for an actor without
 * one, `name:` and its folded name. Codes are capitals and digits, so a range of codes never
 * reaches a name key.
 */
export function actorKey(code: string | null, name: string): string {
  return code ?? `name:${foldName(name)}`;
}

/** A name for matching: lower case, without accents, single spaces ("Zürich  Office" -> "zurich office"). */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
