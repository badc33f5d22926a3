import type { ActorDictionary } from './actor-dictionary.js';

/**
 * `build` made to run once per dictionary: its result (an index of the dictionary's names or
 * codes) is kept for as long as the dictionary lives and handed back on every later call.
 */
export function perDictionary<T>(
  build: (dictionary: ActorDictionary) => T,
): (dictionary: ActorDictionary) => T {
  const built = new WeakMap<ActorDictionary, T>();
  return (dictionary) => {
    if (!built.has(dictionary)) built.set(dictionary, build(dictionary));
    return built.get(dictionary) as T;
  };
}
