import type { EntityMention } from '../../document/annotations.js';
import { isTitle } from './person-titles.js';

/**
 * The tagger's organisations of two or more capitalised words right after a person's title: people
 * ("WHO chief Tedros Adhanom Ghebreyesus", "President Bola Tinubu" tagged as organisations). A
 * title is a role title of one to three words ("Foreign Minister", "Secretary-General") or the
 * head of a body ("chief", "director"), or an honorific ("Dr."). A name holding a word that names
 * a kind of body ("Agency", "Ministry") stays an organisation: "Minister Defence Ministry" is no
 * name.
 */
export function titledNamesAsPeople(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((mention) =>
    mention.type === 'ORG' &&
    ((isNameLike(mention.text) && followsTitle(text, mention.start)) || isTitledApposition(text, mention))
      ? { ...mention, type: 'PERSON' }
      : mention,
  );
}

/**
 * "…, General Lucía Cárdenas, told": an organisation set off by commas whose first word is a
 * person's title and the rest a name is that person with the title the tagger took in; so too,
 * wherever it stands, a name after a judge's title ("In her ruling, Justice Aroha Pene wrote:").
 */
function isTitledApposition(text: string, mention: EntityMention): boolean {
  const [first, ...rest] = mention.text.split(' ');
  if (rest.length < 2 || !isNameLike(rest.join(' '))) return false;
  if (JUDGE_TITLES.has(first as string)) return true;
  return (
    isTitle([first as string]) &&
    text.slice(mention.start - 2, mention.start) === ', ' &&
    text[mention.end] === ','
  );
}

/** A judge's titles, capitalised before a name. */
const JUDGE_TITLES = new Set(['Justice', 'Judge']);

/** Words of two or more, each capitalised and no acronym or body noun. */
function isNameLike(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length >= 2 &&
    words.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !BODY_NOUNS.has(word.toLowerCase()))
  );
}

function followsTitle(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (!/[^\s]\s$/.test(before)) return false;
  const words = before.trim().split(/\s+/);
  const last = (words.at(-1) as string).toLowerCase();
  if (HEADS.has(last)) return true;
  for (let k = 3; k >= 1; k--) if (words.length >= k && isTitle(words.slice(-k))) return true;
  return false;
}

/** Heads of bodies written before a name without being role titles ("WHO chief"), and "Dr.". */
const HEADS = new Set([
  'chief',
  'head',
  'director',
  'director-general',
  'leader',
  'spokesperson',
  'dr',
  'dr.',
]);

/** Nouns that make a capitalised name a body's ("Atomic Energy Agency", "Defence Ministry"). */
const BODY_NOUNS = new Set([
  'agency',
  'ministry',
  'department',
  'office',
  'party',
  'council',
  'commission',
  'committee',
  'bank',
  'union',
  'association',
  'organisation',
  'organization',
  'front',
  'army',
  'forces',
  'police',
  'court',
  'group',
  'company',
  'corporation',
  'institute',
  'university',
  'authority',
  'service',
  'board',
  'congress',
  'assembly',
  'parliament',
  'government',
  'administration',
  'movement',
  'league',
  'alliance',
  'federation',
  'fund',
  'foundation',
  'house',
  'state',
]);
