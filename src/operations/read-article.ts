import { toAnnotatedJson } from '../document/to-annotated-json.js';
import type { Store } from '../store/store.js';

/**
 * One stored article in the public annotated-article shape, by its id or an unambiguous prefix
 * (4+ characters); undefined when there is none.
 */
export async function readArticle(store: Store, id: string): Promise<Record<string, unknown> | undefined> {
  const article = await store.getArticle(id);
  return article && toAnnotatedJson(article);
}
