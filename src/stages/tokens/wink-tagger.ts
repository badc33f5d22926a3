import winkModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** A token as wink-nlp sees it: its text as written, its part of speech and lemma. */
export interface WinkToken {
  value: string;
  pos: string;
  lemma: string;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/**
 * Letters that wink's tokenizer does not take for letters, splitting the words they are in
 * ("Erdoğan" into "Erdo", "ğ", "an"; "Vučić" into four): Latin Extended-A and -B, Latin Extended
 * Additional, and nonspacing marks (combining accents). wink reads each as `a` (or `A`) of the
 * same length, and each token takes back its text as written.
 */
const UNKNOWN_LETTER = /[\u0100-\u024f\u1e00-\u1eff]|\p{Mn}/gu;

/**
 * Tokenizes and part-of-speech tags one stretch of text with wink-nlp's English model. Only the
 * `pos` step of wink's pipeline runs: its sentence boundaries, entities, negation and sentiment
 * are not used here (the sentences and entities stages are newsgraph's own), and its tags do not
 * depend on them; leaving them out tags the same tokens the same way in a third of the time.
 */
export function tagText(text: string): WinkToken[] {
  nlp ??= winkNLP(winkModel, ['pos']);
  const its = nlp.its;
  const read = text.replace(UNKNOWN_LETTER, (letter) =>
    (letter === letter.toLowerCase() ? 'a' : 'A').repeat(letter.length),
  );
  const reader = nlp;
  const tagged = pieces(read).flatMap((piece) => {
    const tokens = reader.readDoc(piece).tokens();
    const values = tokens.out(its.value) as string[];
    const pos = tokens.out(its.pos) as string[];
    // wink's typings give `its.lemma` an add-on signature that `out` does not accept; it works at run time.
    const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
    return values.map((value, index) => ({ value, pos: pos[index] ?? 'X', lemma: lemmas[index] ?? value }));
  });
  return read === text ? tagged : asWritten(tagged, read, text);
}

/**
 * The longest stretch without white space that wink reads at once. Its tokenizer takes time that
 * grows with the square of a stretch's length (20,000 characters of "ab-c" took 2.4 s, of letters
 * alone 0.36 s), so a longer stretch is cut into pieces of this length, each read alone.
 */
const LONGEST_STRETCH = 200;
const LONG_STRETCH = new RegExp(`\\S{${LONGEST_STRETCH + 1},}`, 'g');

/** The text as wink reads it: whole, or cut inside its over-long stretches. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const match of text.matchAll(LONG_STRETCH)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (start > from) out.push(text.slice(from, start));
    for (let at = start; at < end; ) {
      let cut = Math.min(at + LONGEST_STRETCH, end);
      // Not between the two halves of a character outside the Basic Multilingual Plane.
      if (cut < end && /[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
      out.push(text.slice(at, cut));
      at = cut;
    }
    from = end;
  }
  if (from < text.length || out.length === 0) out.push(text.slice(from));
  return out;
}

/** The tokens of the text as wink read it, with the values (and those lemmas) of the text as written. */
function asWritten(tokens: WinkToken[], read: string, text: string): WinkToken[] {
  let cursor = 0;
  return tokens.map((token) => {
    const start = read.indexOf(token.value, cursor);
    if (start < 0) return token;
    cursor = start + token.value.length;
    const value = text.slice(start, cursor);
    return value === token.value ? token : { value, pos: token.pos, lemma: value.toLowerCase() };
  });
}
