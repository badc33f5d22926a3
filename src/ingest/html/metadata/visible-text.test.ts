import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { visibleText } from './visible-text.js';

describe('visibleText', () => {
  it('leaves out scripts, styles, navigation and footers', () => {
    const document = parseHtml(
      '<html><body><nav>Menu</nav><h1>Title</h1><script>var x = 1;</script><style>p{}</style>' +
        '<p>One   two</p><footer>Imprint</footer></body></html>',
    );
    const text = visibleText(document);
    expect(text).toContain('Title');
    expect(text).toContain('One two');
    expect(text).not.toMatch(/Menu|var x|p\{\}|Imprint/);
  });

  it('separates the text of neighbouring elements', () => {
    expect(visibleText(parseHtml('<html><body><p>a</p><p>b</p></body></html>'))).toMatch(/a\s+b/);
  });
});
