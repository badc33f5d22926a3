import type { Actor, Token } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';
import type { ActorDictionary } from '../actors/actor-dictionary.js';
import { countryCodes } from '../actors/country-codes.js';
import { type Attribution, attributeQuotes } from './attribute-quotes.js';
import { readSentences } from './read-sentences.js';
import type { SentenceReading } from './sentence-reading.js';
import { wordsBySentence } from './sentence-words.js';
import type { VerbDictionary } from './verb-dictionary.js';

/** What the quotes and the events stages both read from an article before they go separate ways. */
export interface ArticleReading {
  /** Each sentence's words, phrases and participants, without speakers (see `attachSpeakers`). */
  readings: readonly SentenceReading[];
  /** The quotations in marks and who speaks them. */
  attributions: readonly Attribution[];
}

/** The layers an article's reading comes from. */
export interface ReadableArticle {
  text: string;
  paragraphs: readonly Span[];
  publishedAt: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  actors: readonly Actor[];
}

interface Read {
  article: ReadableArticle;
  dictionary: ActorDictionary;
  verbs: VerbDictionary;
  reading: ArticleReading;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The last reading. The quotes stage and then the events stage ask for the same article's reading,
 * which is about a tenth of the analysis; the second gets the first's when it asks with the same
 * layers and dictionaries. Only the last is kept, so that analysed articles held in memory (a batch
 * on its way to the store) do not keep their readings alive. Nothing may change a reading, so that
 * which stage asks first makes no difference: `attachSpeakers` returns new readings.
 */
let lastRead: Read | undefined;

/** The article's sentences read with the actor and verb dictionaries, and its quotations attributed. */
export function readArticle(
  article: ReadableArticle,
  dictionary: ActorDictionary,
  verbs: VerbDictionary,
): ArticleReading {
  if (
    lastRead &&
    lastRead.dictionary === dictionary &&
    lastRead.verbs === verbs &&
    sameLayers(lastRead.article, article)
  ) {
    return lastRead.reading;
  }
  const { text } = article;
  const day = article.publishedAt.slice(0, 10);
  const readings = readSentences(
    {
      text,
      actors: article.actors,
      dictionary,
      verbs,
      date: ISO_DAY.test(day) ? day : undefined,
      countries: countryCodes(dictionary),
    },
    article.sentences,
    wordsBySentence(text, article.tokens, article.sentences),
  );
  const reading = { readings, attributions: attributeQuotes(text, article.paragraphs, readings) };
  lastRead = { article, dictionary, verbs, reading };
  return reading;
}

function sameLayers(a: ReadableArticle, b: ReadableArticle): boolean {
  return (
    a.actors === b.actors &&
    a.tokens === b.tokens &&
    a.sentences === b.sentences &&
    a.paragraphs === b.paragraphs &&
    a.publishedAt === b.publishedAt &&
    a.text === b.text
  );
}
