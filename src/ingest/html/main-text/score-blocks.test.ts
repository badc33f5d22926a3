import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { collectBlocks } from './collect-blocks.js';
import { scoreBlocks } from './score-blocks.js';

const sentence =
  'The council voted on Tuesday to close the old bridge to heavy lorries, citing cracks in its piers.';

const chosenTexts = (html: string) => {
  const blocks = collectBlocks(parseHtml(html).body);
  const isSelected = scoreBlocks(blocks);
  return blocks.filter((_, i) => isSelected[i]).map((block) => block.text);
};

describe('scoreBlocks', () => {
  it('chooses the running text in the element holding most of it, with the short blocks between', () => {
    const html = `<nav><p>${sentence}</p></nav><div class="story"><p>${sentence}</p><h2>What next</h2><p>${sentence}</p></div>
      <div class="other"><p>${sentence}</p></div>`;
    expect(chosenTexts(html)).toEqual([sentence, 'What next', sentence]);
  });

  it('leaves out link lists and text in a footer', () => {
    const html = `<div><p>${sentence}</p><p><a href="/a">${sentence}</a></p><p>${sentence}</p></div><footer><p>${sentence}</p></footer>`;
    expect(chosenTexts(html)).toEqual([sentence, sentence]);
  });

  it('leaves out text standing directly in a footer, outside any paragraph', () => {
    const html = `<div><p>${sentence}</p><p>${sentence}</p></div><footer>${sentence} ${sentence} ${sentence}</footer>`;
    expect(chosenTexts(html)).toEqual([sentence, sentence]);
  });

  it('chooses the running text of a page built with Elementor, each paragraph in a widget', () => {
    const widget = (text: string) =>
      `<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${text}</p></div></div>`;
    const html = `<nav><a href="/">Home</a></nav><div class="elementor-section">${widget(sentence)}${widget(sentence)}${widget(sentence)}</div>`;
    expect(chosenTexts(html)).toEqual([sentence, sentence, sentence]);
  });

  it('chooses nothing on a page without running text', () => {
    expect(chosenTexts('<ul><li>Home</li><li>News</li></ul>')).toEqual([]);
  });
});
