import { describe, expect, it } from 'vitest';
import { measureNesting } from './measure-nesting.js';

describe('measureNesting', () => {
  it.each([
    ['<html><body><div><div><span>x</span></div></div></body></html>', 3],
    ['<div><p>one<p>two<p>three</div>', 1],
    ['<div><img src="a"><br><input/><hr></div>', 1],
    ['<ul><li>a<li>b<li>c</ul>', 1],
    ['<div><script>for (let i = 0; i < n; i++) document.write("<div><div><div>")</script></div>', 1],
    ['<div><!-- <div><div><div> --></div>', 1],
    ['<DIV><Div><div></DIV>', 3],
    ['<div><span><b>unclosed</div><div>', 3],
    ['no tags at all', 0],
  ])('measures %s as %i deep', (html, depth) => {
    expect(measureNesting(html)).toBe(depth);
  });

  it('measures 100,000 nested divs without a stack to overflow', () => {
    expect(measureNesting(`${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`)).toBe(100_000);
  });
});
