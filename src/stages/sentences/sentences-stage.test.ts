import { describe, expect, it } from 'vitest';
import { createArticle, type Origin } from '../../document/article.js';
import { sliceSpan } from '../../document/span.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { tokensStage } from '../tokens/tokens-stage.js';
import { sentencesStage } from './sentences-stage.js';

const origin: Origin = {
  location: 'sentences-stage.test.ts',
  reader: 'test@0.0.0',
  contentHash: '',
  retrievedAt: '2018-06-17T00:00:00.000Z',
};

describe('sentencesStage', () => {
  it('adds sentence spans after the tokens stage', () => {
    const article = createArticle(
      {
        title: 'Netanyahu: Iran needs to withdraw. Russia agrees',
        lede: 'WASHINGTON (Reuters) - The U.S. Army said so.',
        body: ['He said “We met. We agreed.” Talks ended at 5 p.m. on Friday.'],
      },
      origin,
    );
    const annotated = runPipeline(createPipeline([tokensStage, sentencesStage]), article);
    expect(annotated.sentences?.map((span) => sliceSpan(annotated.text, span))).toEqual([
      'Netanyahu: Iran needs to withdraw. Russia agrees',
      'WASHINGTON (Reuters) - The U.S. Army said so.',
      'He said “We met.',
      'We agreed.”',
      'Talks ended at 5 p.m. on Friday.',
    ]);
    expect(annotated.stages.map((run) => `${run.name}@${run.version}:${run.status}`)).toEqual([
      'tokens@1.1.0:ok',
      'sentences@1.0.0:ok',
    ]);
  });

  it('cannot run before the tokens stage', () => {
    expect(() => createPipeline([sentencesStage, tokensStage])).toThrow(/requires "tokens"/);
  });
});
