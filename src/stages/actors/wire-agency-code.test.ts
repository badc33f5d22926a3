import { describe, expect, it } from 'vitest';
import { loadActorDictionary } from './actor-dictionary.js';
import { wireAgencyCode } from './wire-agency-code.js';

const dictionary = loadActorDictionary();
const words = (text: string) => text.split(' ');

describe('wireAgencyCode', () => {
  it('gives the staff of "the UN refugee agency" UNHCR’s code', () => {
    const code = wireAgencyCode(
      dictionary,
      words('The UN refugee agency ’s spokeswoman in Chad'),
      '2021-06-01',
    );
    expect(code).toBe('IGOUNOREFHCR');
  });

  it('reads "the United Nations children’s agency" as UNICEF', () => {
    const code = wireAgencyCode(
      dictionary,
      words('The United Nations children ’s agency ’s regional director'),
      '2021-06-01',
    );
    expect(code).toBe('IGOUNOKID');
  });

  it('gives nothing to the agency’s name without a leader’s title after it', () => {
    expect(
      wireAgencyCode(dictionary, words('flown in by the UN refugee agency'), '2021-06-01'),
    ).toBeUndefined();
  });

  it('gives nothing to another body’s refugee agency', () => {
    expect(
      wireAgencyCode(dictionary, words('The Kenyan refugee agency ’s director'), '2021-06-01'),
    ).toBeUndefined();
  });
});
