import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../../document/annotations.js';
import { composeText, createArticle, type Origin } from '../../document/article.js';
import { sliceSpan, spanContains } from '../../document/span.js';
import { tokensStage } from '../tokens/tokens-stage.js';
import { splitSentences } from './split-sentences.js';

const SEED_PATH = '/work/shared/seeds/000_69708e555aba87ee.txt';

const origin: Origin = {
  location: 'split-sentences.test.ts',
  reader: 'test@0.0.0',
  contentHash: '',
  retrievedAt: '2018-06-17T00:00:00.000Z',
};

interface SplitParagraph {
  paragraph: string;
  sentences: string[];
}

/** Composes the text, tokenizes it with the real tokens stage and splits it, paragraph by paragraph. */
function split(title: string, lede: string, body: readonly string[]): SplitParagraph[] {
  const { text, paragraphs } = composeText(title, lede, body);
  // The tokens stage reads only the text and the paragraphs; the rest of the article is filler.
  const article: AnnotatedArticle = {
    ...createArticle({ title, body: [] }, origin),
    text,
    paragraphs,
    stages: [],
  };
  const { tokens } = tokensStage.run(article);
  const sentences = splitSentences(text, tokens, paragraphs);
  return paragraphs.map((paragraph) => ({
    paragraph: sliceSpan(text, paragraph),
    sentences: sentences.filter((span) => spanContains(paragraph, span)).map((span) => sliceSpan(text, span)),
  }));
}

/** The sentences of one body paragraph under a headline. */
function splitBody(paragraph: string): string[] {
  return split('Headline', '', [paragraph])[1]?.sentences ?? [];
}

describe('splitSentences', () => {
  describe('abbreviations', () => {
    it.each([
      ['U.S.', 'The U.S. Army said U.S. officials had left.'],
      ['U.N.', 'The U.N. Security Council met on Monday.'],
      ['Gen.', 'Gen. Mark Milley spoke to reporters.'],
      ['Lt. Col.', 'Lt. Col. Jane Smith led the unit.'],
      ['Dr.', 'Dr. Anthony Fauci testified on Tuesday.'],
      ['Mr.', 'Mr. Smith declined to comment.'],
      ['Mrs.', 'Mrs. Brown thanked the volunteers.'],
      ['St.', 'Pilgrims gathered at St. Peter’s Basilica.'],
      ['Jan. 6', 'The riot on Jan. 6 shocked the nation.'],
      ['Feb. 12', 'Talks resume on Feb. 12 in Geneva.'],
      ['No. 10', 'He returned to No. 10 Downing Street.'],
      ['a.m.', 'Polls opened at 7 a.m. and lines formed quickly.'],
      ['p.m.', 'Polls closed at 8 p.m. on Tuesday.'],
      ['John F. Kennedy', 'John F. Kennedy was shot in Dallas.'],
    ])('keeps "%s" inside one sentence', (_, paragraph) => {
      expect(splitBody(paragraph)).toEqual([paragraph]);
    });

    it('keeps titles inside a sentence whatever follows them', () => {
      const paragraph = 'They met Sen. Warren, Rep. Cole, Gov. Newsom, Prof. Stiglitz and Sgt. York.';
      expect(splitBody(paragraph)).toEqual([paragraph]);
    });

    it('keeps a title whose period wink splits off ("Maj.", "Cmdr.") inside one sentence', () => {
      const paragraph = 'Maj. Gen. John Smith and Cmdr. Jones arrived.';
      expect(splitBody(paragraph)).toEqual([paragraph]);
    });

    it('still ends sentences around abbreviations', () => {
      expect(splitBody('Gen. Smith arrived on Jan. 6. Dr. Jones left.')).toEqual([
        'Gen. Smith arrived on Jan. 6.',
        'Dr. Jones left.',
      ]);
    });

    it('ends a sentence at "U.S." when a new sentence follows', () => {
      expect(splitBody('He moved to the U.S. Then he left.')).toEqual([
        'He moved to the U.S.',
        'Then he left.',
      ]);
    });

    it('ends a sentence at "p.m." when a new sentence follows', () => {
      expect(splitBody('The meeting ended at 5 p.m. The talks resume today.')).toEqual([
        'The meeting ended at 5 p.m.',
        'The talks resume today.',
      ]);
    });
  });

  describe('datelines', () => {
    it.each([
      ['WASHINGTON (Reuters) - The U.S. Army said on Monday it would send troops.', 'Troops are ready.'],
      [
        'KYIV, Ukraine (AP) — Officials said the attack killed three people.',
        'Rescuers searched the rubble.',
      ],
      ['NAIROBI, Kenya — Kenya’s president said on Friday that talks had failed.', 'Protests followed.'],
    ])('keeps the dateline in the sentence it opens: %s', (first, second) => {
      expect(splitBody(`${first} ${second}`)).toEqual([first, second]);
    });
  });

  describe('quotations', () => {
    it.each([['"Is it over?" she asked.'], ['“We will fight on,” he said.'], ['"No!" shouted the crowd.']])(
      'keeps %s as one sentence',
      (paragraph) => {
        expect(splitBody(paragraph)).toEqual([paragraph]);
      },
    );

    it('splits a quotation at its inner boundaries and attaches the closing curly quote', () => {
      expect(splitBody('He said “We discussed the issues. We focused on Syria.” Russia agreed.')).toEqual([
        'He said “We discussed the issues.',
        'We focused on Syria.”',
        'Russia agreed.',
      ]);
    });

    it('attaches a closing straight quote to the sentence it closes', () => {
      expect(splitBody('He said "We discussed the issues. We focused on Syria." Russia agreed.')).toEqual([
        'He said "We discussed the issues.',
        'We focused on Syria."',
        'Russia agreed.',
      ]);
    });

    it('starts a sentence with an opening straight quote', () => {
      expect(splitBody('It ended. "We won," he said.')).toEqual(['It ended.', '"We won," he said.']);
    });

    it('ends a sentence after the closing bracket that follows its period', () => {
      expect(splitBody('(The talks ended.) Then the delegates left.')).toEqual([
        '(The talks ended.)',
        'Then the delegates left.',
      ]);
    });
  });

  describe('punctuation', () => {
    it.each([
      ['?', 'Is it over? Nobody knows.', ['Is it over?', 'Nobody knows.']],
      ['!', 'They won! The crowd cheered.', ['They won!', 'The crowd cheered.']],
      ['…', 'He paused… Then he spoke.', ['He paused…', 'Then he spoke.']],
      ['...', 'He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
      ['?!', 'They won?! The crowd cheered.', ['They won?!', 'The crowd cheered.']],
    ])('ends a sentence at "%s" before a capitalised word', (_, paragraph, sentences) => {
      expect(splitBody(paragraph)).toEqual(sentences);
    });

    it.each([
      ['"..." before a lowercase word', 'He paused... and then spoke.'],
      ['a decimal number', 'Inflation rose 3.5 percent in May.'],
      ['a URL', 'Details are at https://example.com/report.html for readers.'],
      ['a bare domain', 'Read more at www.reuters.com today.'],
      ['an email address', 'Write to press@example.org with questions.'],
      ['"Ph.D.", which wink cuts into three tokens', 'She earned a Ph.D. in physics at MIT.'],
    ])('does not split at %s', (_, paragraph) => {
      expect(splitBody(paragraph)).toEqual([paragraph]);
    });
  });

  describe('paragraphs', () => {
    it('makes a paragraph without terminal punctuation one sentence', () => {
      expect(splitBody('Israel and Russia agree to coordinate in Syria')).toEqual([
        'Israel and Russia agree to coordinate in Syria',
      ]);
    });

    it('makes the title exactly one sentence whatever its punctuation', () => {
      const title = 'Netanyahu: Iran needs to withdraw. Russia agrees';
      expect(split(title, '', [])[0]?.sentences).toEqual([title]);
    });

    it('never lets a sentence cross a paragraph boundary', () => {
      const paragraphs = split('Headline', 'A lede without a period', ['A body paragraph.']);
      expect(paragraphs.map((paragraph) => paragraph.sentences)).toEqual([
        ['Headline'],
        ['A lede without a period'],
        ['A body paragraph.'],
      ]);
    });

    it.each([
      ['an empty', ''],
      ['a whitespace-only', ' \t '],
    ])('gives %s paragraph no sentence', (_, paragraph) => {
      expect(splitBody(paragraph)).toEqual([]);
    });
  });

  describe('the seed article', () => {
    const blocks = readFileSync(SEED_PATH, 'utf8')
      .trim()
      .split(/\n\s*\n/);
    const paragraphs = split(blocks[0] ?? '', blocks[2] ?? '', blocks.slice(4, -1));
    const sentencesOf = (opening: string) =>
      paragraphs.find((paragraph) => paragraph.paragraph.startsWith(opening))?.sentences;

    it('splits the paragraph "Russia agreed to strengthen" at the quotation’s inner boundary', () => {
      expect(sentencesOf('Russia agreed to strengthen')).toEqual([
        'Russia agreed to strengthen its military coordination with Israel in southern Syria during a call on Friday.',
        'The prime minister confirmed the talks, stating on Sunday “Over the weekend I spoke with Russian President Vladimir Putin and with US Secretary of State Mike Pompeo.',
        'We discussed regional issues and focused – of course – on Syria.”',
      ]);
    });

    it('splits the paragraph "He reported" into its four sentences', () => {
      expect(sentencesOf('He reported')).toEqual([
        'He reported “I reiterated our guiding principles regarding Syria.',
        'First of all, Iran needs to withdraw from all of Syria.',
        // The seed has a no-break space in "to establish".
        'Second, we will take action – and are already taking action – against efforts to\u00a0establish a militarily presence by Iran and its proxies in Syria both close to the border and deep inside Syria.',
        'We will act against these efforts anywhere in Syria.”',
      ]);
    });

    it('covers every paragraph with its sentences, in order, one space apart', () => {
      for (const { paragraph, sentences } of paragraphs) {
        expect(sentences.join(' ')).toBe(paragraph);
      }
    });
  });
});
