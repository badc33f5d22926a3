import { describe, expect, it } from 'vitest';
import { localOfficialRole } from './local-official-role.js';

const words = (text: string) => text.split(' ');

describe('localOfficialRole', () => {
  it.each([
    ['The district ’s chief administrator', 1],
    ['district health officer', 0],
    ['the county executive', 1],
    ['the provincial health director', 1],
    ['the prefecture ’s chief officer', 1],
  ])('reads "%s" as a local government’s official (GOV)', (text, start) => {
    expect(localOfficialRole(words(text))).toEqual({ role: 'GOV', start });
  });

  it.each([
    'a health officer',
    'the district court',
    'district Judge',
    'the Kandal district ’s Red Cross officer',
  ])('gives no role to "%s"', (text) => {
    expect(localOfficialRole(words(text))).toBeUndefined();
  });
});
