import { describe, expect, it } from 'vitest';
import { toAnnotatedJson } from '../document/to-annotated-json.js';
import { duplicatesStage } from '../stages/duplicates/duplicates-stage.js';
import { eventFixtures } from '../store/store.contract.js';
import { isAnnotatedRecord, readAnnotatedRecord } from './read-annotated-record.js';

const { israel } = eventFixtures();
const exported = () => JSON.parse(JSON.stringify(toAnnotatedJson(israel)));

describe('readAnnotatedRecord', () => {
  it('reads an exported article back as it was, layers, stages and origin included', () => {
    expect(readAnnotatedRecord(exported())).toEqual(israel);
  });

  it('makes the MinHash signature again, which is not exported, when the duplicates stage ran', () => {
    const signed = {
      ...israel,
      ...duplicatesStage.run(israel),
      stages: [
        ...israel.stages,
        { name: 'duplicates', version: duplicatesStage.version, status: 'ok' as const, ms: 1 },
      ],
    };
    const json = JSON.parse(JSON.stringify(toAnnotatedJson(signed)));
    expect(json.minhash).toBeUndefined();
    expect(readAnnotatedRecord(json)).toEqual(signed);
  });

  it('tells an exported article from a plain record to analyse', () => {
    expect(isAnnotatedRecord(exported())).toBe(true);
    expect(isAnnotatedRecord({ title: 'A', body: ['b'] })).toBe(false);
  });

  it('refuses an article whose text was edited after export, naming the id', () => {
    const record = exported();
    record.text = record.text.replace('withdraw from Syria', 'withdraw from Yemen');
    expect(() => readAnnotatedRecord(record, { line: 4 })).toThrow(
      expect.objectContaining({
        line: 4,
        field: 'id',
        message: expect.stringContaining('the record was edited'),
      }),
    );
  });

  it('refuses a span that points outside the text, naming where it is', () => {
    const record = exported();
    record.events[1].verb.end = 10_000;
    expect(() => readAnnotatedRecord(record)).toThrow(
      expect.objectContaining({
        field: 'events[1].verb',
        message: expect.stringContaining('outside the text'),
      }),
    );
  });
});
