import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { captureCli } from '../capture-cli.js';

const EXAMPLE = join(import.meta.dirname, '../../../examples/pages/jordan-water-talks.html');
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-extract-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const PAGE = `<html><head><title>Ministers meet in Geneva</title></head><body><article>
  <p>Ministers from both countries met in Geneva on Thursday for talks on the border crossings.</p>
  <p>The ministers met for two hours and agreed to meet again in April, officials said.</p></article>
  <img src="map.png"></body></html>`;

describe('newsgraph extract', () => {
  it('prints one JSON line per page, in argument order, failures included', async () => {
    const gzipped = join(folder, 'geneva.html.gz');
    writeFileSync(gzipped, gzipSync(PAGE));
    const missing = join(folder, 'missing.html');
    const result = await captureCli('extract', EXAMPLE, missing, gzipped, '--json');
    expect(result.code).toBe(1);
    const [example, failed, geneva] = result.lines.map((line) => JSON.parse(line));
    expect(example).toMatchObject({
      file: EXAMPLE,
      title: 'Jordan and Israel resume water talks in Amman',
      publishedAt: '2023-07-12T09:30:00+03:00',
      authors: ['Dana Levi', 'Omar Haddad'],
      url: 'https://harbor-gazette.example/world/2023/07/12/jordan-israel-water-talks',
      siteName: 'Harbor Gazette',
      language: 'en',
    });
    expect(Object.keys(example)).toEqual([
      'file',
      'title',
      'publishedAt',
      'authors',
      'lede',
      'image',
      'url',
      'siteName',
      'language',
      'body',
    ]);
    expect(example.body).toMatch(/^.*AMMAN — Jordanian and Israeli negotiators/m);
    expect(example.body).toContain('\n\nThe negotiators are due to meet again in Jerusalem in September.');
    for (const boilerplate of [
      'Sign up for our newsletter',
      'Share on Facebook',
      'Heatwave grips',
      'All rights reserved',
    ]) {
      expect(example.body).not.toContain(boilerplate);
    }
    expect(failed).toMatchObject({ file: missing, error: expect.stringMatching(/no such file/i) });
    expect(geneva).toMatchObject({ title: 'Ministers meet in Geneva', publishedAt: null });
    expect(result.err).toContain(`${missing}:`);
  });

  it('resolves relative links against --url', async () => {
    const file = join(folder, 'geneva.html');
    writeFileSync(file, PAGE.replace('<title>', '<meta property="og:image" content="/img/a.jpg"><title>'));
    const result = await captureCli('extract', file, '--url', 'https://news.example/world/geneva', '--json');
    expect(JSON.parse(result.out)).toMatchObject({
      image: 'https://news.example/img/a.jpg',
      url: 'https://news.example/world/geneva',
    });
  });

  it('prints the title, the facts and the text for people', async () => {
    const result = await captureCli('extract', EXAMPLE);
    expect(result.code).toBe(0);
    expect(result.lines[0]).toBe(`Jordan and Israel resume water talks in Amman  [${EXAMPLE}]`);
    expect(result.out).toContain('by: Dana Levi, Omar Haddad');
  });
});
