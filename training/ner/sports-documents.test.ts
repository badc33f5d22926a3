import { describe, expect, it } from 'vitest';
import { spansFromIob } from '../../src/stages/entities/bilou.js';
import { checkGeneratedSentences } from './generated-documents-checks.js';
import { sportsDocuments } from './sports-documents.js';
import type { TemplateNames } from './template-names.js';

const NAMES: TemplateNames = {
  cities: [['Leeds'], ['San', 'Marino']],
  countries: [['Wales']],
  demonyms: ['Welsh'],
  firstNames: ['Ana'],
  surnames: ['Ruiz'],
  companies: [],
  organisations: [],
};

const lines = (seed: number) => sportsDocuments(NAMES, 5, seed).flatMap((document) => document.sentences);

describe('sportsDocuments', () => {
  checkGeneratedSentences(lines);

  it('tags a club in a result line ORG and a dateline city LOCATION', () => {
    const documents = sportsDocuments(NAMES, 1, 1);
    const [, dateline, , result] = documents[0]?.sentences ?? [];
    expect(dateline?.words.at(-1)).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(spansFromIob(dateline?.tags ?? [])[0]?.type).toBe('LOCATION');
    expect(spansFromIob(result?.tags ?? []).map((span) => span.type)).toEqual(['ORG', 'ORG']);
  });
});
