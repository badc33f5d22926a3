import type { EntityMention } from '../../document/annotations.js';

/** "North Atlantic Treaty Organization (NATO)": an acronym in brackets right after a name. */
const ACRONYM_AFTER = /^\s*\(([A-Z][A-Z.&]{1,11})\)/;

/**
 * A key for each organisation or place mention: mentions with the same text (in any case) share
 * it, and an acronym defined as "Full Name (ACR)" shares its full name's key from there on.
 */
export function groupOrganisationNames(text: string, mentions: readonly EntityMention[]): string[] {
  const aliases = new Map<string, string>();
  return mentions.map((mention) => {
    const own = mention.text.toLowerCase();
    const key = aliases.get(own) ?? own;
    const acronym = ACRONYM_AFTER.exec(text.slice(mention.end, mention.end + 16))?.[1];
    if (acronym && isAcronymOf(acronym, mention.text)) aliases.set(acronym.toLowerCase(), key);
    return key;
  });
}

function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[.&]/g, '');
  const words = name.split(/\s+/).filter(Boolean);
  const capitals = words.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]);
  const all = words.map((word) => word[0]?.toUpperCase());
  return letters === capitals.join('') || letters === all.join('');
}
