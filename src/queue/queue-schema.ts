/** Where the queue's tables are when the URL does not choose a store schema. */
export const DEFAULT_QUEUE_SCHEMA = 'newsgraph_queue';

/**
 * The schema pg-boss keeps the analysis queue in for the database `url` names: one queue per
 * store, so two stores in one database (each in a schema chosen with `?options=-c search_path=NAME`)
 * never take each other's jobs. `NAME_queue` for such a URL, else `newsgraph_queue`.
 */
export function queueSchemaOf(url: string): string {
  let options: string | null = null;
  try {
    options = new URL(url).searchParams.get('options');
  } catch {
    return DEFAULT_QUEUE_SCHEMA;
  }
  const match = /search_path\s*=\s*"?([a-z_][a-z0-9_]*)/i.exec(options ?? '');
  return match?.[1] ? `${match[1].toLowerCase()}_queue` : DEFAULT_QUEUE_SCHEMA;
}
