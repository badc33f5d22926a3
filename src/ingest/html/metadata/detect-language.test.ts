import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

const german =
  'Die Bundesregierung hat am Mittwoch beschlossen, dass die Schulen im ganzen Land nach den Ferien wieder ' +
  'öffnen sollen. Die Länder müssen dafür eigene Pläne vorlegen, wie der Unterricht sicher stattfinden kann.';
const english =
  'The government decided on Wednesday that schools across the country should reopen after the holidays. ' +
  'The regions must present their own plans for how lessons can take place safely.';

describe('detectLanguage', () => {
  it('prefers a well-formed declared language, reduced to its primary subtag', () => {
    expect(detectLanguage(german, 'en-US')).toBe('en');
  });

  it('maps a declared three-letter code to two letters', () => {
    expect(detectLanguage('', 'deu')).toBe('de');
  });

  it('guesses from the text when nothing valid is declared', () => {
    expect(detectLanguage(german, 'x')).toBe('de');
    expect(detectLanguage(english)).toBe('en');
  });

  it('gives nothing for too little text', () => {
    expect(detectLanguage('Guten Tag, liebe Leute')).toBeUndefined();
  });
});
