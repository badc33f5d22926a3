import { describe, expect, it } from 'vitest';
import { decodeEntities } from './decode-entities.js';

describe('decodeEntities', () => {
  it('decodes numeric and common named references', () => {
    expect(decodeEntities('That&#039;s &quot;it&quot; &amp; &#x1F62D;')).toBe('That\'s "it" & 😭');
  });

  it('replaces a number that is no character and keeps what is not a reference', () => {
    expect(decodeEntities('&#xFFFFFFFF; &#x0; &#xg; &unknown;')).toBe('\ufffd \ufffd &#xg; &unknown;');
  });
});
