import type { EntityMention, Token } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { countriesAsSubjects } from './countries-as-subjects.js';
import { findBodies } from './find-bodies.js';
import { findDescriptions } from './find-descriptions.js';
import { firstNamesAsPeople } from './first-names-as-people.js';
import { groupOrganisationNames } from './group-organisation-names.js';
import { groupPersonNames } from './group-person-names.js';
import { type Cue, linkMentions, type TokenPlaces } from './link-mentions.js';
import { markQuotedTokens } from './mark-quoted-tokens.js';
import { type Gender, MAX_TITLE_WORDS, roleTitle, titleGender } from './person-titles.js';
import { surnamesAsPeople } from './surnames-as-people.js';
import { titledNamesAsPeople } from './titled-names-as-people.js';
import { trimTitleWord } from './trim-title-word.js';
import { wholeOrganisationNames } from './whole-organisation-names.js';
import { wholePersonNames } from './whole-person-names.js';

const PRONOUNS: Record<string, Gender> = {
  he: 'male',
  him: 'male',
  his: 'male',
  himself: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
};

/**
 * Chains of the mentions of each person, organisation and place within the article: names,
 * descriptions ("the prime minister") and pronouns ("he"), by rules, in linear time. Each chain
 * is numbered in order of its first mention. Ambiguous surnames are left unlinked, with a warning.
 */
export const coreferenceStage: Stage<'tokens' | 'sentences' | 'entities', 'chains'> = {
  name: 'coreference',
  version: '1.11.0',
  requires: ['tokens', 'sentences', 'entities'],
  produces: ['chains'],
  run(article) {
    const { text, tokens } = article;
    const places = placeTokens(text, tokens, article.sentences, article.paragraphs);
    const tokenAt = new Map(tokens.map((token, index) => [token.start, index]));
    const words = tokens.map((token) => text.slice(token.start, token.end));

    const entities = firstNamesAsPeople(
      text,
      tokens,
      surnamesAsPeople(
        wholePersonNames(
          text,
          tokens,
          titledNamesAsPeople(
            text,
            countriesAsSubjects(
              text,
              tokens,
              wholeOrganisationNames(
                text,
                article.entities.map((mention) => trimTitleWord(text, mention)),
              ),
            ),
          ),
        ),
      ),
    );
    const people = entities.filter((mention) => mention.type === 'PERSON');
    const others = entities.filter((mention) => mention.type === 'ORG' || mention.type === 'LOCATION');
    const personGroups = groupPersonNames(people);
    const otherKeys = groupOrganisationNames(text, others);

    const cues: Cue[] = [];
    const insideName = new Set<number>();
    people.forEach((mention, index) => {
      const token = tokenAt.get(mention.start);
      if (token === undefined) return;
      markInside(mention, token);
      const key = personGroups.keys[index];
      const title = titleBefore(token, words, places.sentence) ?? titleWithin(mention.text);
      cues.push({
        kind: 'name',
        start: mention.start,
        end: mention.end,
        token,
        key: key === undefined ? `person-unlinked:${index}` : `person:${key}`,
        type: 'PERSON',
        ...title,
      });
    });
    others.forEach((mention, index) => {
      const token = tokenAt.get(mention.start);
      if (token === undefined) return;
      markInside(mention, token);
      cues.push({
        kind: 'name',
        start: mention.start,
        end: mention.end,
        token,
        key: `name:${otherKeys[index]}`,
        type: mention.type,
      });
    });
    const isInsideName = (token: number) => insideName.has(token);
    for (const description of findDescriptions(text, tokens, isInsideName))
      cues.push({ kind: 'description', ...description });
    for (const body of findBodies(text, tokens, isInsideName, places.sentence))
      cues.push({
        kind: 'body',
        start: body.start,
        end: body.end,
        token: body.token,
        key: `body:${body.words}`,
      });
    words.forEach((word, token) => {
      const gender = PRONOUNS[word.toLowerCase()];
      const span = tokens[token];
      if (gender && span) cues.push({ kind: 'pronoun', start: span.start, end: span.end, token, gender });
    });
    cues.sort((a, b) => a.start - b.start);

    return { chains: linkMentions(text, cues, places), diagnostics: personGroups.diagnostics };

    function markInside(mention: EntityMention, first: number): void {
      for (let t = first; t < tokens.length && (tokens[t]?.start ?? mention.end) < mention.end; t++)
        insideName.add(t);
    }
  },
};

/** The title written just before a name in the same sentence ("Prime Minister" Netanyahu), capitalized. */
function titleBefore(
  token: number,
  words: readonly string[],
  sentence: readonly number[],
): { title?: string; gender?: Gender } | undefined {
  for (let k = MAX_TITLE_WORDS; k >= 1; k--) {
    const from = token - k;
    if (from < 0 || sentence[from] !== sentence[token]) continue;
    const phrase = words.slice(from, token);
    if (!/^\p{Lu}/u.test(phrase[0] ?? '')) continue;
    const title = roleTitle(phrase);
    const gender = titleGender(phrase);
    if (title || gender) return { title, gender };
  }
  return undefined;
}

/** A title the entities stage kept inside the name ("President Trump"). */
function titleWithin(name: string): { title?: string; gender?: Gender } | undefined {
  const words = name.split(/\s+/);
  for (let k = Math.min(MAX_TITLE_WORDS, words.length - 1); k >= 1; k--) {
    const phrase = words.slice(0, k);
    const title = roleTitle(phrase);
    const gender = titleGender(phrase);
    if (title || gender) return { title, gender };
  }
  return undefined;
}

/** The sentence and paragraph of each token, found with one pass over each list. */
function placeTokens(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
  paragraphs: readonly Span[],
): TokenPlaces {
  const sentence: number[] = [];
  const paragraph: number[] = [];
  let s = 0;
  let p = 0;
  for (const token of tokens) {
    while (s < sentences.length - 1 && (sentences[s]?.end ?? 0) <= token.start) s++;
    while (p < paragraphs.length - 1 && (paragraphs[p]?.end ?? 0) <= token.start) p++;
    sentence.push(s);
    paragraph.push(p);
  }
  const paragraphOfSentence: number[] = [];
  p = 0;
  for (const span of sentences) {
    while (p < paragraphs.length - 1 && (paragraphs[p]?.end ?? 0) <= span.start) p++;
    paragraphOfSentence.push(p);
  }
  return {
    sentence,
    paragraph,
    quoted: markQuotedTokens(text, tokens, paragraphs),
    hasLetters: tokens.map((token) => /[\p{L}\p{N}]/u.test(text.slice(token.start, token.end))),
    opensParagraph: (index) => index === 0 || paragraphOfSentence[index - 1] !== paragraphOfSentence[index],
  };
}
