import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { collectBlocks } from './collect-blocks.js';
import { dropEndMatter } from './drop-end-matter.js';

const keptTexts = (html: string) => {
  const blocks = collectBlocks(parseHtml(html).body);
  const isKept = dropEndMatter(
    blocks,
    blocks.map(() => true),
  );
  return blocks.filter((_, i) => isKept[i]).map((block) => block.text);
};

describe('dropEndMatter', () => {
  it('leaves out a section of sources, up to the next heading of its rank', () => {
    const html = `<p>The council voted.</p><h2>Quellenangaben:</h2><p>Stadtrat, Protokoll vom 3. Mai</p>
      <h3>Online</h3><p>example.org</p><h2>What comes next</h2><p>Works start in May.</p>`;
    expect(keptTexts(html)).toEqual(['The council voted.', 'What comes next', 'Works start in May.']);
  });

  it("leaves out a line naming the author's biography, and keeps what follows it when it is no heading", () => {
    const html = '<p>The council voted.</p><p>Zur Person</p><p>Works start in May.</p>';
    expect(keptTexts(html)).toEqual(['The council voted.', 'Works start in May.']);
  });

  it('keeps a heading that only starts with such a word', () => {
    const html = '<h2>Sources of the river</h2><p>It rises in the hills.</p>';
    expect(keptTexts(html)).toEqual(['Sources of the river', 'It rises in the hills.']);
  });
});
