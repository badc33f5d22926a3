import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { extractMainText } from './extract-main-text.js';

const sentence =
  'The council voted on Tuesday to close the old bridge to heavy lorries, citing cracks in its piers. ';
const body = `<p>${sentence.repeat(3)}</p><p>Engineers ${sentence.repeat(3)}</p><p>Residents ${sentence.repeat(2)}</p>`;

describe('extractMainText', () => {
  it('returns the paragraphs of the article and its headline apart', () => {
    const html = `<html><head><title>Bridge closes</title></head><body><nav><a href="/">Home</a></nav>
      <article><h1>Bridge closes</h1>${body}</article></body></html>`;
    const mainText = extractMainText(parseHtml(html));
    expect(mainText.title).toBe('Bridge closes');
    expect(mainText.paragraphs).toHaveLength(3);
    expect(mainText.paragraphs[1]).toMatch(/^Engineers The council/);
  });

  it('returns a heading repeating the headline apart, and keeps a paragraph repeating it', () => {
    const html = `<html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>
      <div class="body"><h1>Bridge closes</h1><p>Bridge closes</p>${body}</div></article></body></html>`;
    const { paragraphs, title } = extractMainText(parseHtml(html));
    expect(title).toBe('Bridge closes');
    expect(paragraphs.filter((text) => text === 'Bridge closes')).toHaveLength(1);
  });

  it('keeps lists and quotations of the article', () => {
    const html = `<html><body><article>${body}<ul><li>Lorries over 7.5 tonnes are banned.</li></ul>
      <blockquote>We had no choice, said the mayor.</blockquote><p>Later ${sentence}</p></article></body></html>`;
    const { paragraphs } = extractMainText(parseHtml(html));
    expect(paragraphs).toContain('Lorries over 7.5 tonnes are banned.');
    expect(paragraphs).toContain('We had no choice, said the mayor.');
  });

  it('leaves out a caption, a "read more" line and a share bar inside the article', () => {
    const html = `<html><body><article><figure><img src="b.jpg"><figcaption>The bridge. Photo: Jo Smith</figcaption></figure>
      ${body}<p>Read more: <a href="/x">Council budget approved</a></p>
      <div class="share-buttons"><span>Share on Facebook</span></div><p>Finally ${sentence}</p></article></body></html>`;
    const { paragraphs } = extractMainText(parseHtml(html));
    expect(paragraphs.join('\n')).not.toMatch(/Photo: Jo Smith|Read more|Share on Facebook/);
    expect(paragraphs.at(-1)).toMatch(/^Finally/);
  });

  it('leaves out a caption outside any figure that names its photo credit, and keeps a sentence about a photo', () => {
    const html = `<html><body><article>${body}<div class="img-box"><img src="b.jpg"><div>The old bridge at dusk. Photo: Jo Smith</div></div>
      <div class="pic">The bridge in 1950© City Archive</div><p>The mayor showed a photo of the cracks to the council.</p>
      <p>Finally ${sentence}</p></article></body></html>`;
    const { paragraphs } = extractMainText(parseHtml(html));
    expect(paragraphs.join('\n')).not.toMatch(/Jo Smith|City Archive/);
    expect(paragraphs).toContain('The mayor showed a photo of the cracks to the council.');
  });

  it('leaves out a short line pointing elsewhere through its link', () => {
    const html = `<html><body><article>${body}<p>More on the works at <a href="https://example.org">example.org</a>.</p>
      <p>Finally ${sentence}</p></article></body></html>`;
    expect(extractMainText(parseHtml(html)).paragraphs.join('\n')).not.toMatch(/example\.org/);
  });

  it('leaves out a credit standing directly in a figure, outside its caption', () => {
    const html = `<html><body><article>${body}<figure><img src="b.jpg">Jo Smith/Agency</figure><p>Finally ${sentence}</p></article></body></html>`;
    expect(extractMainText(parseHtml(html)).paragraphs).not.toContain('Jo Smith/Agency');
  });

  it('leaves out lines asking to share or rate the article, and keeps a sentence about shares', () => {
    const html = `<html><body><article>${body}<p>Shares in the bridge company fell by a third.</p>
      <h3>War der Artikel nützlich?</h3><p>Den Artikel mit anderen teilen:</p></article></body></html>`;
    const { paragraphs } = extractMainText(parseHtml(html));
    expect(paragraphs.at(-1)).toBe('Shares in the bridge company fell by a third.');
  });

  it("keeps the captions of a gallery, whose text they are, and leaves out the captions of an article's photos", () => {
    const slides = [
      'A red jumper and a black headband: the easiest costume of the year, made in ten minutes.',
      'Grey sweatsuit and boots. Nobody will guess who you are, and that is the point of it all.',
      'A green dress and a crown from the shop round the corner turn anyone into a princess.',
      'A white coat and safety goggles make a scientist; a clipboard makes a convincing one.',
      'Yellow skirt, orange shirt and a pot of honey: a costume for anyone who loves old cartoons.',
      'A cape, tights and a long dark dress will do for a villain from a film set in space.',
    ];
    const gallery = `<html><head><title>Costumes</title></head><body><article><h1>Costumes</h1><p>Six ideas for tonight.</p>${slides
      .map((slide, i) => `<figure><img src="${i}.jpg"><figcaption><p>${slide}</p></figcaption></figure>`)
      .join('')}</article></body></html>`;
    expect(extractMainText(parseHtml(gallery)).paragraphs).toEqual(['Six ideas for tonight.', ...slides]);
    const photo = `<html><body><article><figure><img src="b.jpg"><figcaption>${slides[0]}</figcaption></figure>${body}</article></body></html>`;
    expect(extractMainText(parseHtml(photo)).paragraphs).not.toContain(slides[0]);
  });

  it('leaves out a label whose box is left out, and keeps one that introduces article text', () => {
    const html = `<html><body><article>${body}<p>Unser Newsletter:</p>
      <div class="newsletter-box"><p>Weekly news from the council, every Friday.</p></div><p>What the council decided:</p>
      <p>Finally ${sentence}</p></article></body></html>`;
    const { paragraphs } = extractMainText(parseHtml(html));
    expect(paragraphs).not.toContain('Unser Newsletter:');
    expect(paragraphs.slice(-2)).toEqual(['What the council decided:', `Finally ${sentence.trim()}`]);
  });

  it('leaves out a label left alone at the end, once the box it introduced is gone', () => {
    const html = `<html><body><article>${body}<p>Kontakt:</p><div class="author-box">Jo Smith, Tel. 0123</div></article></body></html>`;
    expect(extractMainText(parseHtml(html)).paragraphs.at(-1)).toMatch(/^Residents/);
  });

  it('leaves out the heading of a box of links whose links are left out', () => {
    const html = `<html><body><article>${body}<h3>Bridges in the news</h3><ul><li><a href="/a">Old bridge story</a></li>
      <li><a href="/b">Ring road works</a></li></ul></article></body></html>`;
    expect(extractMainText(parseHtml(html)).paragraphs.at(-1)).toMatch(/^Residents/);
  });

  it("keeps a table set in a figure, and leaves out the figure's caption", () => {
    const html = `<html><body><article>${body}<figure class="wp-block-table"><table><tr><th>Vehicle</th><th>Limit</th></tr>
      <tr><td>Lorries</td><td>7.5 tonnes</td></tr></table><figcaption>Source: the council</figcaption></figure>
      <p>Finally ${sentence}</p></article></body></html>`;
    const { paragraphs } = extractMainText(parseHtml(html));
    expect(paragraphs).toEqual(expect.arrayContaining(['Vehicle', 'Lorries', '7.5 tonnes']));
    expect(paragraphs).not.toContain('Source: the council');
  });

  it('leaves out the contact section after the article', () => {
    const html = `<html><body><article>${body}<h2>Press contact</h2><p>Jo Smith, City Hall, Room 4</p>
      <p>press@example.org</p></article></body></html>`;
    expect(extractMainText(parseHtml(html)).paragraphs.at(-1)).toMatch(/^Residents/);
  });

  it('takes its own choice when Readability, relaxed after finding too little, picks an author box instead', () => {
    const bio =
      'Jo Smith has written about roads, rivers and the people who look after them for twenty years. ';
    const html = `<html><body><main><div><div class="post"><h1>Bridge closes</h1>
      <div class="entry-content"><p>${sentence.repeat(2)}</p></div></div></div></main>
      <div><div class="sidebar"><div class="author-bio"><p>${bio.repeat(3)}</p><p>${bio.repeat(3)}</p>
      <p>${bio}</p></div></div></div></body></html>`;
    expect(extractMainText(parseHtml(html)).paragraphs).toEqual([sentence.repeat(2).trim()]);
  });

  it('keeps the entries of a live ticker, though their class words say comment', () => {
    const entries = [
      'Early chance for the home side: a shot from the edge of the box goes just wide.',
      'Yellow card for the visiting captain after a late tackle in midfield.',
      'Goal! A low cross from the right is turned in at the near post.',
      'The visitors equalise with a header from a corner, their first real chance.',
    ];
    const html = `<html><body><main><h1>Town 1-1 City</h1><div class="live">${entries
      .map(
        (entry, i) =>
          `<div class="live-comment"><div class="live-comment-time">${10 + 20 * i}'</div><div class="live-comment-body">${entry}</div></div>`,
      )
      .join('')}</div></main></body></html>`;
    expect(extractMainText(parseHtml(html)).paragraphs).toEqual(entries);
  });

  it('adds a standfirst set as a subheadline under the headline', () => {
    const standfirst = 'The council has closed the old bridge to lorries after engineers found cracks.';
    const html = `<html><head><title>Bridge closes</title></head><body><article><header><h1>Bridge closes</h1>
      <h2>${standfirst}</h2><p class="byline">By Jo Smith</p></header><div class="body">${body}</div></article></body></html>`;
    expect(extractMainText(parseHtml(html)).paragraphs[0]).toBe(standfirst);
  });

  it('adds the summary points listed under the headline', () => {
    const points = [
      'Lorries over 7.5 tonnes must take the ring road from Monday',
      'Engineers found cracks in two of the four piers last week',
    ];
    const html = `<html><head><title>Bridge closes</title></head><body><article><header><h1>Bridge closes</h1>
      <ul>${points.map((point) => `<li>${point}</li>`).join('')}</ul></header><div class="body">${body}</div></article></body></html>`;
    expect(extractMainText(parseHtml(html)).paragraphs.slice(0, 2)).toEqual(points);
  });

  it('adds the standfirst under the headline, though a box of most-read links follows it', () => {
    const standfirst = 'The council has closed the old bridge to lorries after engineers found cracks.';
    const mostRead = Array.from(
      { length: 10 },
      (_, i) => `<li><a href="/${i}">Most read story ${i}</a></li>`,
    );
    const html = `<html><body><header><h1>Bridge closes</h1><div class="article-intro"><p>${standfirst}</p></div>
      <ul class="most-read">${mostRead.join('')}</ul></header><article>${body}</article></body></html>`;
    expect(extractMainText(parseHtml(html)).paragraphs[0]).toBe(standfirst);
  });

  it('takes the text the page declares in JSON-LD when its markup holds only a teaser', () => {
    const declared = [`${sentence.repeat(3)}`, `Engineers ${sentence.repeat(3)}`, `Residents ${sentence}`];
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: declared.join('\n\n') });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article>
      <p>${sentence}</p><p class="paywall">Subscribe to read on.</p></article></body></html>`;
    expect(extractMainText(parseHtml(html)).paragraphs).toEqual(declared.map((text) => text.trim()));
  });

  it('takes the text a page shows only without scripts when its markup holds only a teaser', () => {
    const html = `<html><body><header><p>News and insights on bridges</p></header><div class="post-body">
      <script type="text/template"><p>${sentence.repeat(3)}</p></script><noscript><p>${sentence.repeat(3)}</p>
      <p>Engineers ${sentence.repeat(3)}</p></noscript></div></body></html>`;
    const { paragraphs } = extractMainText(parseHtml(html));
    expect(paragraphs).toEqual([sentence.repeat(3).trim(), `Engineers ${sentence.repeat(3).trim()}`]);
  });

  it('reads a page whose markup starts before its <html> tag', () => {
    const html = `<style>p{}</style><html><head><title>T</title></head><body><article>${body}</article></body></html>`;
    expect(extractMainText(parseHtml(html)).paragraphs).toHaveLength(3);
  });

  it('reads a document nested 100,000 deep without overflowing the stack', () => {
    const document = parseHtml('<html><body></body></html>');
    let parent: Element = document.body;
    for (let i = 0; i < 100_000; i++) parent = parent.appendChild(document.createElement('div'));
    parent.appendChild(document.createElement('p')).textContent = sentence;
    expect(extractMainText(document).paragraphs).toEqual([sentence.trim()]);
  });

  it('returns no paragraphs for an empty page', () => {
    expect(extractMainText(parseHtml('<p></p>')).paragraphs).toEqual([]);
  });
});
