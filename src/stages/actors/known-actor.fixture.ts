import type { DatedCode, KnownActor } from './actor-dictionary.js';

/**
 * A dictionary actor for the actors tests: its name as its one variant, one code (a bare code, or
 * a dated one), and the source line that says which dictionary it comes from.
 */
export function knownActor(id: string, name: string, code: string | DatedCode, source: string): KnownActor {
  return {
    id,
    name,
    variants: [name.split(' ')],
    codes: [typeof code === 'string' ? { code } : code],
    sources: [source],
  };
}
