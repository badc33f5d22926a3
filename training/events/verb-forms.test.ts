import { describe, expect, it } from 'vitest';
import { pluralOfPhrase, regularVerbForms } from './verb-forms.js';

describe('regularVerbForms', () => {
  it.each([
    ['contact', ['contact', 'contacts', 'contacted', 'contacting']],
    ['agree', ['agree', 'agrees', 'agreed', 'agreeing']],
    ['accuse', ['accuse', 'accuses', 'accused', 'accusing']],
    ['carry', ['carry', 'carries', 'carried', 'carrying']],
    ['destroy', ['destroy', 'destroys', 'destroyed', 'destroying']],
    ['push', ['push', 'pushes', 'pushed', 'pushing']],
    ['veto', ['veto', 'vetoes', 'vetoed', 'vetoing']],
    ['die', ['die', 'dies', 'died', 'dying']],
    ['continue', ['continue', 'continues', 'continued', 'continuing']],
  ])('inflects "%s" regularly', (verb, forms) => {
    expect(regularVerbForms(verb)).toEqual(forms);
  });
});

describe('pluralOfPhrase', () => {
  it.each([
    [['weapon'], ['weapons']],
    [['currency'], ['currencies']],
    [['money'], ['moneys']],
    [
      ['prime', 'minister'],
      ['prime', 'ministers'],
    ],
    [['witness'], ['witnesses']],
    [['search'], ['searches']],
  ])('makes the plural of %j', (words, plural) => {
    expect(pluralOfPhrase(words)).toEqual(plural);
  });

  it('gives no plural for a word already ending in a plural s', () => {
    expect(pluralOfPhrase(['troops'])).toBeUndefined();
  });
});
