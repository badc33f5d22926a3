import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { collectBlocks } from './collect-blocks.js';
import { dropOrphanHeadings } from './drop-orphan-headings.js';

/** The texts kept of a page's blocks, given which block texts the filters left out. */
function keptTexts(html: string, leftOut: string[]): string[] {
  const blocks = collectBlocks(parseHtml(html).body);
  const isKept = dropOrphanHeadings(
    blocks,
    blocks.map((block) => !leftOut.includes(block.text)),
  );
  return blocks.filter((_, i) => isKept[i]).map((block) => block.text);
}

describe('dropOrphanHeadings', () => {
  it('leaves out a heading whose box was left out, at the end and before the next heading', () => {
    const html = `<h2>The vote</h2><p>The council voted.</p><h2>Bridges in the news</h2><ul><li>Old story</li></ul>
      <h2>What comes next</h2><p>Works start in May.</p><h3>Top 5 Energy</h3><ul><li>Other story</li></ul>`;
    expect(keptTexts(html, ['Old story', 'Other story'])).toEqual([
      'The vote',
      'The council voted.',
      'What comes next',
      'Works start in May.',
    ]);
  });

  it('keeps a heading whose only content is kept subheadings with their text', () => {
    const html = '<h2>Costs</h2><h3>Repairs</h3><p>Two million.</p>';
    expect(keptTexts(html, [])).toEqual(['Costs', 'Repairs', 'Two million.']);
  });

  it('keeps a paragraph set as a heading: a long one, or one ending in a full stop', () => {
    const long = `${'The bridge was built in 1902 and has carried traffic ever since '.repeat(2)}without rest`;
    const html = `<p>Intro.</p><h3>It stands by his version.</h3><h3>${long}</h3>`;
    expect(keptTexts(html, [])).toEqual(['Intro.', 'It stands by his version.', long]);
  });
});
