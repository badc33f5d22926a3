import winkModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** A token as wink-nlp sees it: its text as written, its part of speech and lemma. */
export interface WinkToken {
  value: string;
  pos: string;
  lemma: string;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/** Tokenizes and part-of-speech tags one stretch of text with wink-nlp's English model. */
export function tagText(text: string): WinkToken[] {
  nlp ??= winkNLP(winkModel);
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // wink's typings give `its.lemma` an add-on signature that `out` does not accept; it works at run time.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  return values.map((value, index) => ({ value, pos: pos[index] ?? 'X', lemma: lemmas[index] ?? value }));
}
