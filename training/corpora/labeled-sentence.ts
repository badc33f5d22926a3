/**
 * One sentence of an annotated corpus: its words and one tag per word.
 *
 * Tags are IOB2 (`B-` starts every entity, `I-` continues it, `O` is outside) with the corpus's own type
 * names (`B-PER`, `I-geo`, …) until `mapTags` renames them. `docId` groups the sentences of one document,
 * for document-level features; a corpus without documents gives each sentence its own id.
 */
export interface LabeledSentence {
  words: string[];
  tags: string[];
  docId: string;
}
