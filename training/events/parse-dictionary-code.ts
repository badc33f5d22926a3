import type { DictionaryCode } from '../../src/stages/events/verb-dictionary-file.js';

const CODE = /^(\d{2,4})?(?::(\d{2,4}|---))?(!?)$/;

/**
 * Reads what is between the brackets of a dictionary code: `---` (no event), `042`, `042:043`,
 * `:173`. A trailing `!` (once in the source: `[080!]`) has no documented meaning and is dropped,
 * with a note.
 */
export function parseDictionaryCode(
  text: string,
): { code: DictionaryCode; note?: string } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '---') return { code: { active: null, passive: null } };
  const match = CODE.exec(trimmed);
  if (!match || (match[1] === undefined && match[2] === undefined)) {
    return { error: `"[${text}]" is not a code such as [042], [042:043], [:173] or [---]` };
  }
  const passive = match[2] === undefined || match[2] === '---' ? null : match[2];
  const code = { active: match[1] ?? null, passive };
  return match[3] === '!' ? { code, note: `dropped the "!" of "[${text}]"` } : { code };
}
