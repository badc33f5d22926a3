import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/system.js';
import { eventsPipeline } from './events-pipeline.js';

describe('eventsPipeline', () => {
  it('keeps, in order, the stages the events stage needs and leaves out the later issues’ stages', () => {
    const names = eventsPipeline().stages.map((stage) => stage.name);

    expect(names).toEqual(['tokens', 'sentences', 'entities', 'coreference', 'actors', 'places', 'events']);
    expect(defaultPipeline().stages.map((stage) => stage.name)).toEqual(
      expect.arrayContaining([...names, 'quotes', 'tone', 'duplicates']),
    );
  });
});
