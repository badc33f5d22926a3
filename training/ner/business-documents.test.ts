import { describe, expect, it } from 'vitest';
import { spansFromIob } from '../../src/stages/entities/bilou.js';
import { businessDocuments } from './business-documents.js';
import { checkGeneratedSentences } from './generated-documents-checks.js';
import type { TemplateNames } from './template-names.js';

const NAMES: TemplateNames = {
  cities: [['Leeds']],
  countries: [['Wales']],
  demonyms: ['Welsh'],
  firstNames: ['Ana'],
  surnames: ['Ruiz'],
  companies: [['Zygo', 'Corp']],
  organisations: [['Cocoa', 'Council']],
};

const lines = (seed: number) => businessDocuments(NAMES, 8, seed).flatMap((document) => document.sentences);

describe('businessDocuments', () => {
  checkGeneratedSentences(lines);

  it('names a company in full first and by its bare name after, both ORG', () => {
    const [earnings] = businessDocuments(NAMES, 1, 1);
    const [, , report, sales] = earnings?.sentences ?? [];
    const named = (sentence: { words: string[]; tags: string[] } | undefined) =>
      spansFromIob(sentence?.tags ?? []).map((span) => ({
        text: sentence?.words.slice(span.start, span.end).join(' '),
        type: span.type,
      }));
    const [full] = named(report);
    const [short] = named(sales);
    expect(full?.type).toBe('ORG');
    expect(short?.type).toBe('ORG');
    expect(full?.text?.startsWith(short?.text ?? '?')).toBe(true);
  });
});
