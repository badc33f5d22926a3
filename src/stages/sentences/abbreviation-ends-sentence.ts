import { NEVER_FINAL_ABBREVIATIONS, NUMBERED_ABBREVIATIONS } from './abbreviations.js';
import { isTerminalPunctuation } from './punctuation-marks.js';
import { isInitial, startsWithCapital, startsWithDigit } from './word-shape.js';

/**
 * A word that wink kept together with its final period ("U.S.", "Gen.", "p.m.", "no."). wink
 * splits the period off ordinary words, so such a token is an abbreviation (or a URL).
 */
export function isAbbreviation(value: string): boolean {
  return value.length > 1 && value.endsWith('.') && !isTerminalPunctuation(value);
}

/**
 * Whether the period of `abbreviation` also ends its sentence, judged by the first word after
 * it: its text and its part-of-speech tag.
 */
export function abbreviationEndsSentence(abbreviation: string, next: string, nextPos: string): boolean {
  const key = abbreviation.toLowerCase();
  if (NEVER_FINAL_ABBREVIATIONS.has(key) || isInitial(abbreviation)) return false;
  if (NUMBERED_ABBREVIATIONS.has(key) && startsWithDigit(next)) return false;
  // A capital alone proves nothing after "U.S." ("U.S. Army"); a capitalised word that is not a
  // proper noun ("Then", "The", "He") does start a sentence. wink tags some sentence-initial
  // nouns PROPN ("Officials"), so "the U.S. Officials said" stays one sentence: a missed split
  // costs less than a name cut in two.
  return startsWithCapital(next) && nextPos !== 'PROPN';
}

/** A title whose period wink split off: "Maj" in "Maj. Gen. Smith", "Cmdr" in "Cmdr. Jones". */
export function isDetachedTitle(word: string): boolean {
  return startsWithCapital(word) && NEVER_FINAL_ABBREVIATIONS.has(`${word.toLowerCase()}.`);
}
