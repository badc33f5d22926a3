import { describe, expect, it } from 'vitest';
import { parseXml } from './parse-xml.js';
import { attribute, child, children, elementText, namesIn } from './xml-element.js';

describe('xml-element', () => {
  const { root } = parseXml(
    `<r xmlns="urn:default" xmlns:c="http://purl.org/rss/1.0/modules/content/" a=" v "><x>1</x><x>2</x><c:encoded>E</c:encoded><m>one <b>two</b></m></r>`,
  );

  it('lists children by name in document order', () => {
    expect(children(root, 'x').map(elementText)).toEqual(['1', '2']);
    expect(children(undefined, 'x')).toEqual([]);
  });

  it('reads trimmed attributes', () => {
    expect(attribute(root, 'a')).toBe('v');
    expect(attribute(root, 'missing')).toBeUndefined();
  });

  it('finds a namespaced element under its declared prefix and the conventional one', () => {
    const names = namesIn(root)('content', 'encoded');
    expect(names).toEqual(['c:encoded', 'content:encoded']);
    expect(elementText(child(root, names))).toBe('E');
  });

  it('reads the text of markup written where text belongs', () => {
    expect(elementText(child(root, 'm'))).toBe('one two');
  });
});
