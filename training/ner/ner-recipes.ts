import { join } from 'node:path';
import type { LabeledSentence } from '../corpora/labeled-sentence.js';
import { GMB_TAG_MAPPING, mapTags, UNER_TAG_MAPPING } from '../corpora/map-tags.js';
import { readConllSplit } from '../corpora/read-conll.js';
import { readGmb } from '../corpora/read-gmb.js';
import { readUner } from '../corpora/read-uner.js';
import { splitGmb } from '../corpora/split-gmb.js';
import { normalizeShippedSentence } from './normalize-shipped-sentence.js';
import type { LabeledDocument } from './train-two-pass.js';

/** What a model is trained on, with which types, and tuned against. */
export interface Recipe {
  name: 'protocol' | 'shipped';
  types: string[];
  train: LabeledDocument[];
  dev: LabeledDocument[];
  /** Where the training text came from and under which terms, for the model card. */
  sources: string[];
}

/** Sentences per stand-in GMB document: about one short VOA article. */
const GMB_RUN = 6;

export const PROTOCOL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
export const SHIPPED_TYPES = ['PERSON', 'ORG', 'LOCATION', 'NORP', 'EVENT', 'MISC'];

/** The evaluation protocol: CoNLL-2003 train, tuned on valid. Never shipped (Reuters, research only). */
export function protocolRecipe(nerDir: string): Recipe {
  const dir = join(nerDir, 'conll2003');
  return {
    name: 'protocol',
    types: PROTOCOL_TYPES,
    train: documentsOf(readConllSplit(dir, 'train')),
    dev: documentsOf(readConllSplit(dir, 'valid')),
    sources: ['CoNLL-2003 English train (Reuters; research use only), tuned on valid'],
  };
}

/**
 * The model that ships: only data whose terms allow it. GMB (Voice of America texts, public
 * domain) and UNER English-EWT (CC BY-SA 4.0), tuned on their development parts.
 */
export function shippedRecipe(nerDir: string, isDemonym: (word: string) => boolean): Recipe {
  const gmb = splitGmb(readGmb(join(nerDir, 'gmb', 'ner_dataset.csv')));
  const uner = (file: string) => readUner(join(nerDir, 'uner-en-ewt', file));
  const normalize = (mapping: typeof GMB_TAG_MAPPING) => (sentence: LabeledSentence) =>
    normalizeShippedSentence(mapTags(sentence, mapping), isDemonym);
  // GMB has no document boundaries; runs of consecutive sentences stand in for its short VOA
  // articles, so that the document-wide features see several sentences as they will in use.
  const inPseudoDocuments = (sentence: LabeledSentence): LabeledSentence => {
    const number = Number(sentence.docId.slice('gmb-'.length));
    return { ...sentence, docId: `gmb-run-${Math.floor((number - 1) / GMB_RUN)}` };
  };
  return {
    name: 'shipped',
    types: SHIPPED_TYPES,
    train: documentsOf([
      ...gmb.train.map(normalize(GMB_TAG_MAPPING)).map(inPseudoDocuments),
      ...uner('en_ewt-ud-train.iob2').map(normalize(UNER_TAG_MAPPING)),
    ]),
    dev: documentsOf([
      ...gmb.dev.map(normalize(GMB_TAG_MAPPING)).map(inPseudoDocuments),
      ...uner('en_ewt-ud-dev.iob2').map(normalize(UNER_TAG_MAPPING)),
    ]),
    sources: [
      'GMB 2.2.0 NER extract, train part of the fixed split (Voice of America texts: public domain; annotations free for research)',
      'Universal NER English-EWT train (CC BY-SA 4.0)',
    ],
  };
}

/** Groups sentences into their documents, in order of first appearance. */
export function documentsOf(sentences: readonly LabeledSentence[]): LabeledDocument[] {
  const documents = new Map<string, LabeledDocument>();
  for (const sentence of sentences) {
    let document = documents.get(sentence.docId);
    if (!document) {
      document = { id: sentence.docId, sentences: [] };
      documents.set(sentence.docId, document);
    }
    document.sentences.push({ words: sentence.words, tags: sentence.tags });
  }
  return [...documents.values()];
}
