import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../../document/annotations.js';
import { createArticle } from '../../document/article.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { shippedActorDictionary } from '../actors/actor-dictionary.js';
import { actorsStage } from '../actors/actors-stage.js';
import { coreferenceStage } from '../coreference/coreference-stage.js';
import { entitiesStage } from '../entities/entities-stage.js';
import { sentencesStage } from '../sentences/sentences-stage.js';
import { tokensStage } from '../tokens/tokens-stage.js';
import { attachSpeakers } from './attach-speakers.js';
import { readArticle } from './read-article.js';
import { shippedVerbDictionary } from './verb-dictionary.js';

const pipeline = createPipeline([tokensStage, sentencesStage, entitiesStage, coreferenceStage, actorsStage]);
const origin = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' };

function analyze(body: string): AnnotatedArticle & Parameters<typeof readArticle>[0] {
  const annotated = runPipeline(
    pipeline,
    createArticle({ title: 'Talks', publishedAt: '2018-06-17', body: [body] }, origin),
  );
  return annotated as AnnotatedArticle & Parameters<typeof readArticle>[0];
}

const BODY = 'Netanyahu spoke in Jerusalem. “We will act,” he said. Russia said Israel attacked Syria.';

describe('readArticle', () => {
  it('reads an article once for the stages that ask with the same layers and dictionaries', () => {
    const article = analyze(BODY);
    const dictionary = shippedActorDictionary();
    const verbs = shippedVerbDictionary();

    const first = readArticle(article, dictionary, verbs);

    expect(first.readings).toHaveLength(article.sentences.length);
    expect(first.attributions).toHaveLength(1);
    expect(readArticle({ ...article }, dictionary, verbs)).toBe(first);
  });

  it('reads again for other verbs, or the same text analysed again', () => {
    const article = analyze(BODY);
    const dictionary = shippedActorDictionary();
    const first = readArticle(article, dictionary, shippedVerbDictionary());

    expect(readArticle(article, dictionary, { ...shippedVerbDictionary() })).not.toBe(first);
    expect(readArticle(analyze(BODY), dictionary, shippedVerbDictionary())).not.toBe(first);
  });

  it('is not changed by the speakers the events stage attaches', () => {
    const article = analyze(BODY);
    const { readings, attributions } = readArticle(
      article,
      shippedActorDictionary(),
      shippedVerbDictionary(),
    );
    const at = readings.findIndex((reading) => reading.words.some((word) => word.lower === 'we'));
    const quoted = readings[at];
    const pronoun = quoted?.phrases.findIndex((phrase) => quoted.words[phrase.first]?.lower === 'we') ?? -1;
    const before = quoted?.participants[pronoun];

    const withSpeakers = attachSpeakers(readings, attributions);

    expect(withSpeakers[at]?.participants[pronoun]?.code).toBe('ISRGOV');
    expect(quoted?.participants[pronoun]).toBe(before);
    expect(quoted?.speakerOf(0)).toBeUndefined();
  });
});
