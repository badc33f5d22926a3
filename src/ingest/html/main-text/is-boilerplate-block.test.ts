import { describe, expect, it } from 'vitest';
import type { TextBlock } from './collect-blocks.js';
import { boilerplateRule, isBoilerplateBlock } from './is-boilerplate-block.js';

const block = (text: string, more: Partial<TextBlock> = {}): TextBlock => ({
  text,
  linkLength: 0,
  tag: 'P',
  ancestors: ['DIV'],
  hints: [],
  path: [],
  ...more,
});
const sentence =
  'The council voted on Tuesday to close the old bridge to heavy lorries, citing cracks in its piers.';

describe('boilerplateRule', () => {
  it.each([
    ['Read more: Storm hits the coast', 'prompt'],
    ['Lea también: Impiden ingreso a Nicaragua a reportero', 'prompt'],
    ['LESEN SIE AUCH: Neue Regeln ab Montag', 'prompt'],
    ['Diesen Artikel teilen', 'call'],
    ['Möchten Sie den Artikel teilen?', 'call'],
    ['Was this article helpful?', 'call'],
    ['Follow The Gleaner on Twitter and Instagram @JamaicaGleaner.', 'solicitation'],
    ['Foto: dpa', 'credit'],
    ['Bridge at dusk. Getty Images', 'credit'],
    ['Aktualisiert am 17.01.2021.', 'date'],
    ['24. März 2004, 19:49 | Genesis', 'date'],
    ['Weitere Beiträge aus der Kolumne', 'label'],
    ['(Credit: Clayton Aldern / Grist)', 'credit'],
    ['The mayor at the opening, photo: City Archive', 'credit'],
    ['The prize and its winners | © Jo Smith', 'credit'],
  ] as const)('marks %j as %s', (text, rule) => {
    expect(boilerplateRule(block(text))).toBe(rule);
  });

  it('marks a short line that is mostly a link', () => {
    expect(boilerplateRule(block('Storm hits the coast', { linkLength: 20, tag: 'LI' }))).toBe('links');
  });

  it('marks a short line whose links are a third of it, but not such a list item or a longer sentence', () => {
    expect(boilerplateRule(block('More on the works at example.org.', { linkLength: 12 }))).toBe('links');
    expect(boilerplateRule(block('Report of 14 May PDF | 38 KB', { linkLength: 14 }))).toBe('links');
    expect(boilerplateRule(block('Lorries over 7.5 tonnes are banned', { linkLength: 12, tag: 'LI' }))).toBe(
      undefined,
    );
    expect(boilerplateRule(block(`${sentence} Engineers said so.`, { linkLength: 40 }))).toBe(undefined);
  });

  it('keeps a long paragraph with many links', () => {
    expect(isBoilerplateBlock(block(`${sentence} ${sentence} ${sentence}`, { linkLength: 200 }))).toBe(false);
  });

  it('marks the text of a figure', () => {
    expect(boilerplateRule(block('The old bridge', { tag: 'FIGCAPTION', ancestors: ['FIGURE'] }))).toBe(
      'figure',
    );
  });

  it('marks text standing directly in a figure, outside its caption', () => {
    expect(boilerplateRule(block('Jo Smith/Agency', { tag: 'FIGURE', ancestors: ['ARTICLE'] }))).toBe(
      'figure',
    );
  });

  it('keeps a link-heavy quotation standing directly in a blockquote', () => {
    expect(isBoilerplateBlock(block('Storm hits the coast', { linkLength: 20, tag: 'BLOCKQUOTE' }))).toBe(
      false,
    );
  });

  it("keeps a gallery's captions, but not their credits", () => {
    const inFigure = { tag: 'FIGCAPTION', ancestors: ['FIGURE'] };
    expect(boilerplateRule(block('The old bridge', inFigure), undefined, true)).toBeUndefined();
    expect(boilerplateRule(block('Foto: dpa', inFigure), undefined, true)).toBe('credit');
  });

  it('marks a short block inside a share bar', () => {
    const inShareBar = block('Facebook Twitter WhatsApp', {
      hints: ['', 'share-buttons entry'],
      path: [5, 4],
    });
    expect(boilerplateRule(inShareBar)).toBe('hint');
  });

  it("ignores the class words of the article's own wrapper", () => {
    const inWrapper = block('Short paragraph.', { hints: ['', 'post has-related-posts'], path: [5, 4] });
    expect(boilerplateRule(inWrapper, (element) => element === 4)).toBeUndefined();
  });

  it('keeps an article sentence that mentions reading', () => {
    expect(
      isBoilerplateBlock(
        block('Read the report and you will see why the council voted to close the bridge.'),
      ),
    ).toBe(false);
  });
});
