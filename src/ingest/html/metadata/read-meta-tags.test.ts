import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { firstMeta, readMetaTags } from './read-meta-tags.js';

describe('readMetaTags', () => {
  const document = parseHtml(
    '<html><head><meta property="og:title" content=" A title "><meta name="DC.date" content="2018-06-17">' +
      '<meta property="dc:title og:site_name" content="Site"><meta name="empty" content="">' +
      '<meta http-equiv="Content-Language" content="de"><meta itemprop="datePublished" content="2018-06-16"></head></html>',
  );
  const tags = readMetaTags(document);

  it('keys values by property, name, itemprop or http-equiv in lower case, trimmed', () => {
    expect(tags.get('og:title')).toEqual(['A title']);
    expect(tags.get('dc.date')).toEqual(['2018-06-17']);
    expect(tags.get('content-language')).toEqual(['de']);
    expect(tags.get('datepublished')).toEqual(['2018-06-16']);
  });

  it('files a tag with several properties under each', () => {
    expect(tags.get('dc:title')).toEqual(['Site']);
    expect(tags.get('og:site_name')).toEqual(['Site']);
  });

  it('leaves out empty values', () => {
    expect(tags.has('empty')).toBe(false);
  });

  it('gives the first value of the first key present', () => {
    expect(firstMeta(tags, ['twitter:title', 'og:title'])).toBe('A title');
  });
});
