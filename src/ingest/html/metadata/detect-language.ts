import { franc } from 'franc-min';

/** ISO 639-3 codes franc-min returns, mapped to ISO 639-1 for the languages news comes in. */
const TWO_LETTER: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  nno: 'no',
  fin: 'fi',
  pol: 'pl',
  ces: 'cs',
  slk: 'sk',
  slv: 'sl',
  hrv: 'hr',
  srp: 'sr',
  bos: 'bs',
  ron: 'ro',
  hun: 'hu',
  ell: 'el',
  bul: 'bg',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  tur: 'tr',
  arb: 'ar',
  ara: 'ar',
  pes: 'fa',
  fas: 'fa',
  urd: 'ur',
  hin: 'hi',
  ben: 'bn',
  mar: 'mr',
  tam: 'ta',
  tel: 'te',
  cmn: 'zh',
  zho: 'zh',
  jpn: 'ja',
  kor: 'ko',
  vie: 'vi',
  tha: 'th',
  ind: 'id',
  zlm: 'ms',
  msa: 'ms',
  tgl: 'tl',
  swh: 'sw',
  heb: 'he',
  lit: 'lt',
  lav: 'lv',
  est: 'et',
  cat: 'ca',
  glg: 'gl',
  eus: 'eu',
  als: 'sq',
  sqi: 'sq',
  hye: 'hy',
  kat: 'ka',
  aze: 'az',
  kaz: 'kk',
  uzn: 'uz',
  hau: 'ha',
  yor: 'yo',
  amh: 'am',
  som: 'so',
  npi: 'ne',
  sin: 'si',
  mya: 'my',
  khm: 'km',
  afr: 'af',
  isl: 'is',
};

/** Below this many letters franc's guesses are unreliable. */
const MIN_LETTERS = 100;

/**
 * The language of a page, ISO 639-1 (`en`): the declared one (`lang`, `content-language`) when it
 * is a well-formed language tag (`en-US` gives `en`), else franc-min's guess on the text when the
 * text has at least 100 letters and the guess is one of the common languages, else undefined.
 */
export function detectLanguage(text: string, declared?: string): string | undefined {
  const tag = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(declared ?? '')?.[1]?.toLowerCase();
  if (tag && tag.length === 2) return tag;
  if (tag && TWO_LETTER[tag]) return TWO_LETTER[tag];
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return undefined;
  return TWO_LETTER[franc(text.slice(0, 5000))];
}
