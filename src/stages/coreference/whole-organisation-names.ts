import type { EntityMention } from '../../document/annotations.js';

/**
 * The tagger's organisations made whole. A place or organisation whose words the text goes on
 * into the name of an organisation the tagger found in full elsewhere in the article is that
 * organisation ("Cordillera" of "Cordillera Copper, which runs the mine", beside "a spokeswoman for
 * Cordillera Copper"): the tagger cut it short, and the short form may be a place's name.
 */
export function wholeOrganisationNames(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const fullNames = [
    ...new Set(
      mentions.filter((mention) => mention.type === 'ORG' && mention.text.includes(' ')).map((m) => m.text),
    ),
  ];
  if (fullNames.length === 0) return [...mentions];
  // Each full name under every beginning of it that ends before a space ("Cordillera" and
  // "Cordillera Copper" for "Cordillera Copper Mining"), in the order of `fullNames`.
  const byBeginning = new Map<string, string[]>();
  for (const name of fullNames) {
    for (let space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
      const beginning = name.slice(0, space);
      byBeginning.set(beginning, [...(byBeginning.get(beginning) ?? []), name]);
    }
  }
  const starts = new Set(mentions.map((mention) => mention.start));
  return mentions.map((mention) => {
    if (mention.type === 'PERSON') return mention;
    const whole = byBeginning
      .get(mention.text)
      ?.find(
        (name) =>
          text.startsWith(name, mention.start) &&
          !/[\p{L}\p{N}]/u.test(text[mention.start + name.length] ?? ''),
      );
    if (whole === undefined) return mention;
    const end = mention.start + whole.length;
    for (let at = mention.end + 1; at < end; at++) if (starts.has(at)) return mention;
    return { ...mention, type: 'ORG' as const, end, text: whole };
  });
}
