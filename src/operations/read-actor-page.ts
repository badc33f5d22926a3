import { foldName } from '../store/actor-key.js';
import type { ActorProfile, Store, StoredQuote } from '../store/store.js';
import { parseQuery } from './parse-query.js';
import { actorCode } from './query-fields.js';

/** An actor's page: its profile and its latest quotes. */
export interface ActorPage extends ActorProfile {
  /** Newest first: quotes whose speaker resolves to its code (or codes that begin with it); for an actor without a code, whose speaker's words contain its name. */
  quotes: StoredQuote[];
}

const QUOTES = 20;

/**
 * An actor by its CAMEO code (`ISRGOV`, any case), or `name:` and a name for an actor without a
 * code (`name:Dana Levi`); undefined when no stored article has it.
 */
export async function readActorPage(store: Store, id: string): Promise<ActorPage | undefined> {
  const isName = id.startsWith('name:');
  const key = isName ? `name:${foldName(id.slice(5))}` : parseQuery('actor', actorCode, id);
  const profile = await store.getActorProfile(key);
  if (!profile) return undefined;
  const { quotes } = await store.listQuotes(
    isName ? { speaker: key.slice(5), limit: QUOTES } : { actor: key, limit: QUOTES },
  );
  return { ...profile, quotes };
}
