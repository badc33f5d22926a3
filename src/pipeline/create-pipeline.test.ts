import { describe, expect, it } from 'vitest';
import { createPipeline } from './create-pipeline.js';
import type { AnyStage } from './stage.js';

function stage(name: string, requires: string[], produces: string[]): AnyStage {
  return { name, version: '1.0.0', requires, produces, run: () => ({}) };
}

describe('createPipeline', () => {
  it('accepts stages whose requirements come from earlier stages or every article', () => {
    const pipeline = createPipeline([
      stage('tokens', ['paragraphs'], ['tokens']),
      stage('sentences', ['tokens'], ['sentences']),
    ]);
    expect(pipeline.stages.map((each) => each.name)).toEqual(['tokens', 'sentences']);
  });

  it('rejects a stage placed before the stage it needs, naming both', () => {
    expect(() =>
      createPipeline([
        stage('sentences', ['tokens'], ['sentences']),
        stage('tokens', ['paragraphs'], ['tokens']),
      ]),
    ).toThrow('stage "sentences" requires "tokens" (produced by the later stage "tokens")');
  });

  it('rejects a requirement that no stage produces', () => {
    expect(() => createPipeline([stage('events', ['entities'], ['events'])])).toThrow(
      /"entities" \(no stage produces it\)/,
    );
  });

  it('rejects two stages producing the same layer', () => {
    expect(() => createPipeline([stage('a', [], ['tokens']), stage('b', [], ['tokens'])])).toThrow(
      /both produce "tokens"/,
    );
  });
});
