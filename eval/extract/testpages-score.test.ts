import { describe, expect, it } from 'vitest';
import type { PageMetadata } from '../../src/ingest/html/metadata/read-metadata.js';
import type { TestpageTruth } from './testpages-pages.js';
import { compareTestpage } from './testpages-score.js';

const truth: TestpageTruth = {
  url: 'http://fakehost/test/page.html',
  title: 'Getting LEAN with Digital Ad UX | IAB',
  author: 'By\n\t\tScott Cunningham',
  description: 'A long enough description of the article, cut short by one of the two sides here.',
  date: '2015-10-15T08:00:26+00:00',
  lang: 'en-US',
  siteName: 'IAB',
};
const metadata: PageMetadata = {
  title: 'Getting LEAN with Digital Ad UX',
  authors: ['Scott Cunningham'],
  lede: 'A long enough description of the article, cut short by one',
  publishedAt: '2015-10-15',
  language: 'en',
  siteName: 'iab',
};

describe('compareTestpage', () => {
  it('agrees on every field once site names, "By", truncation, time and region are set aside', () => {
    expect(compareTestpage(metadata, truth)).toEqual({
      title: true,
      author: true,
      description: true,
      date: true,
      language: true,
      siteName: true,
    });
  });

  it('disagrees on another title, author, day or language', () => {
    const other = {
      ...metadata,
      title: 'Other',
      authors: ['Ann Lee'],
      publishedAt: '2015-10-16',
      language: 'de',
    };
    expect(compareTestpage(other, truth)).toMatchObject({
      title: false,
      author: false,
      date: false,
      language: false,
    });
  });

  it('scores only the fields Readability found', () => {
    const bare = { title: 'Anything', authors: ['Ann Lee'] };
    const empty = {
      ...truth,
      title: null,
      author: null,
      description: null,
      date: null,
      lang: null,
      siteName: null,
    };
    expect(compareTestpage(bare, empty)).toEqual({});
  });

  it('does not take a short description for a truncated long one', () => {
    expect(compareTestpage({ ...metadata, lede: 'A long' }, truth).description).toBe(false);
  });
});
