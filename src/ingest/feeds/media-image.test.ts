import { describe, expect, it } from 'vitest';
import { mediaImage } from './media-image.js';
import { parseXml } from './parse-xml.js';
import { children, namesIn } from './xml-element.js';

function imageOf(itemXml: string, namespaces = 'xmlns:media="http://search.yahoo.com/mrss/"') {
  const { root } = parseXml(`<rss ${namespaces}><channel><item>${itemXml}</item></channel></rss>`);
  const item = children(children(root, 'channel')[0], 'item')[0];
  if (!item) throw new Error('no item');
  return mediaImage(item, namesIn(root));
}

describe('mediaImage', () => {
  it.each([
    ['<media:content url="a.jpg" medium="image"/>', 'a.jpg'],
    ['<media:content url="a" type="image/jpeg"/>', 'a'],
    ['<media:content url="a.png?w=300"/>', 'a.png?w=300'],
    ['<media:content url="v.mp4" medium="video"/><media:thumbnail url="t.jpg"/>', 't.jpg'],
    ['<enclosure url="e.gif" type="image/gif" length="1"/>', 'e.gif'],
  ])('finds the image in %s', (xml, url) => {
    expect(imageOf(xml)?.value).toBe(url);
  });

  it('finds media elements under another declared prefix', () => {
    expect(imageOf('<mr:thumbnail url="t.jpg"/>', 'xmlns:mr="http://search.yahoo.com/mrss/"')?.value).toBe(
      't.jpg',
    );
  });

  it('finds none among video and audio', () => {
    expect(imageOf('<media:content url="v.mp4"/><enclosure url="a.mp3" type="audio/mpeg"/>')).toBeUndefined();
  });
});
