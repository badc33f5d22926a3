import type { Quote } from '../../document/annotations.js';
import type { Diagnostic } from '../../document/diagnostic.js';
import type { Stage } from '../../pipeline/stage.js';
import { shippedActorDictionary } from '../actors/actor-dictionary.js';
import { countryOf } from '../actors/country-codes.js';
import { readArticle } from '../events/read-article.js';
import { shippedVerbDictionary } from '../events/verb-dictionary.js';
import { resolveDescribedPronouns } from './described-pronouns.js';
import { directQuotes } from './direct-quotes.js';
import { resolveOwnerSpeakers } from './owner-speakers.js';
import { reportedSpeech } from './reported-speech.js';
import { resolveTitledSpeakers } from './titled-speakers.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Every quotation with its speaker: quoted words in any style of marks (a quotation split by its
 * attribution or running over paragraphs keeps its speaker), a name before a headline colon
 * ("Netanyahu: Iran needs to withdraw"), and reported speech ("said that", "according to",
 * "told reporters"). Speakers are resolved through the coreference chains to actors; a
 * description stays a description. Scare quotes, titles and labels are not speech.
 */
export const quotesStage: Stage<'paragraphs' | 'tokens' | 'sentences' | 'entities' | 'actors', 'quotes'> = {
  name: 'quotes',
  version: '1.19.0',
  requires: ['paragraphs', 'tokens', 'sentences', 'entities', 'actors'],
  produces: ['quotes'],
  run(article) {
    const { text } = article;
    const dictionary = shippedActorDictionary();
    const day = article.publishedAt.slice(0, 10);
    const { readings, attributions } = readArticle(article, dictionary, shippedVerbDictionary());
    const diagnostics: Diagnostic[] = [];
    const direct = directQuotes(text, readings, attributions, diagnostics);
    const reported = reportedSpeech(text, readings, direct);
    const found = [...direct, ...reported].sort((a, b) => a.start - b.start || a.end - b.end);
    const date = ISO_DAY.test(day) ? day : undefined;
    const titled = resolveTitledSpeakers(text, found, article.actors, (words) =>
      countryOf(dictionary, words, date),
    );
    const owned = resolveOwnerSpeakers(titled, article.actors, article.entities);
    const quotes: Quote[] = resolveDescribedPronouns(text, owned, article.entities);
    return { quotes, diagnostics };
  },
};
