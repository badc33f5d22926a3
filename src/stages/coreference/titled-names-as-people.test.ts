import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../document/annotations.js';
import { titledNamesAsPeople } from './titled-names-as-people.js';

/** The one mention of `name` in `text`, tagged as `type`. */
function tagged(text: string, name: string, type: EntityMention['type']): EntityMention[] {
  const start = text.indexOf(name);
  return [{ text: name, type, start, end: start + name.length }];
}

describe('titledNamesAsPeople', () => {
  it.each([
    ['WHO chief Tedros Adhanom Ghebreyesus said the outbreak had spread.', 'Tedros Adhanom Ghebreyesus'],
    ['Foreign Minister Amara Okafor said the talks would resume.', 'Amara Okafor'],
    ['Dr. Hanna Lindqvist said the dispute mattered.', 'Hanna Lindqvist'],
  ])('makes an organisation after a title a person: %s', (text, name) => {
    expect(titledNamesAsPeople(text, tagged(text, name, 'ORG'))[0]?.type).toBe('PERSON');
  });

  it('makes an organisation set off by commas that opens with a title a person ("…, Colonel Ana Ruiz, said")', () => {
    const text = 'The army’s regional commander, Colonel Ana Ruiz, said the road was open.';
    expect(titledNamesAsPeople(text, tagged(text, 'Colonel Ana Ruiz', 'ORG'))[0]?.type).toBe('PERSON');
  });

  it('makes an organisation that opens with a judge’s title a person wherever it stands', () => {
    const text = 'In his ruling, Justice Tomas Reyes wrote that the law was void.';
    expect(titledNamesAsPeople(text, tagged(text, 'Justice Tomas Reyes', 'ORG'))[0]?.type).toBe('PERSON');
  });

  it('keeps an organisation that opens with a title word but is not set off ("General Pacific Mills")', () => {
    const text = 'General Pacific Mills said output fell.';
    expect(titledNamesAsPeople(text, tagged(text, 'General Pacific Mills', 'ORG'))[0]?.type).toBe('ORG');
  });

  it('keeps a body named after a head an organisation ("chief Defence Ministry")', () => {
    const text = 'Its chief Defence Ministry adviser said the plan was ready.';
    expect(titledNamesAsPeople(text, tagged(text, 'Defence Ministry', 'ORG'))[0]?.type).toBe('ORG');
  });

  it('keeps an organisation after a word that is no title', () => {
    const text = 'Officials from Nordvax Holdings said supplies were short.';
    expect(titledNamesAsPeople(text, tagged(text, 'Nordvax Holdings', 'ORG'))[0]?.type).toBe('ORG');
  });

  it('keeps an acronym an organisation ("chief UN OCHA")', () => {
    const text = 'The relief chief UN OCHA said more aid was needed.';
    expect(titledNamesAsPeople(text, tagged(text, 'UN OCHA', 'ORG'))[0]?.type).toBe('ORG');
  });
});
