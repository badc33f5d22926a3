import type { RawField } from './build-feed-item.js';
import { attribute, child, children, type NameIn, type XmlElement } from './xml-element.js';

const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/**
 * The item's image as written (not yet resolved): the first image `media:content` (directly or
 * in a `media:group`), else a `media:thumbnail`, else an image `enclosure` (RSS) or image
 * `link rel="enclosure"` (Atom). A `media:content` counts as an image by its `medium`, else its
 * `type`, else the file name in its URL.
 */
export function mediaImage(
  item: XmlElement,
  nameIn: NameIn,
  atomLinks: XmlElement[] = [],
): RawField | undefined {
  const groups = [item, ...children(item, nameIn('media', 'group'))];
  const contentName = nameIn('media', 'content');
  for (const group of groups) {
    for (const content of children(group, contentName)) {
      const url = attribute(content, 'url');
      if (url && isImage(content, url)) return { field: 'media:content', value: url };
    }
  }
  for (const group of groups) {
    const url = attribute(child(group, nameIn('media', 'thumbnail')), 'url');
    if (url) return { field: 'media:thumbnail', value: url };
  }
  for (const enclosure of children(item, 'enclosure')) {
    const url = attribute(enclosure, 'url');
    if (url && attribute(enclosure, 'type')?.startsWith('image/')) return { field: 'enclosure', value: url };
  }
  for (const link of atomLinks) {
    const url = attribute(link, 'href');
    if (url && attribute(link, 'rel') === 'enclosure' && attribute(link, 'type')?.startsWith('image/')) {
      return { field: 'link', value: url };
    }
  }
  return undefined;
}

function isImage(content: XmlElement, url: string): boolean {
  const medium = attribute(content, 'medium');
  if (medium) return medium === 'image';
  const type = attribute(content, 'type');
  if (type) return type.startsWith('image/');
  return IMAGE_PATH.test(url);
}
