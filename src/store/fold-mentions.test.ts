import { describe, expect, it } from 'vitest';
import { type FoldMention, foldMentions } from './fold-mentions.js';

const NOW = '2024-01-01T00:00:00.000Z';

function mention(article: string, date: string | null, overrides: Partial<FoldMention> = {}): FoldMention {
  return {
    article_id: article,
    event_index: 0,
    event_date: date,
    article_source: `Source of ${article}`,
    article_url: `https://example.com/${article}`,
    tone: null,
    code: '190',
    root_code: '19',
    quad_class: 4,
    source_actor: 'RUSMIL',
    target_actor: 'UKR',
    source_country: 'RUS',
    target_country: 'UKR',
    source_name: 'Russian forces',
    target_name: 'Ukraine',
    goldstein: -10,
    place_name: null,
    place_country: null,
    lat: null,
    lon: null,
    ...overrides,
  };
}

const spans = (events: ReturnType<typeof foldMentions>) =>
  events.map((event) => [event.firstSeen, event.lastSeen, event.numMentions]);

describe('foldMentions', () => {
  it('chains mentions whose dates are at most two days from the previous one', () => {
    const events = foldMentions(
      [mention('c', '2022-02-05'), mention('a', '2022-02-01'), mention('b', '2022-02-03')],
      new Map(),
      NOW,
    );
    expect(spans(events)).toEqual([['2022-02-01', '2022-02-05', 3]]);
  });

  it('starts a new event after a gap of three days, and keeps undated mentions apart', () => {
    const events = foldMentions(
      [mention('a', '2022-02-01'), mention('b', '2022-02-04'), mention('c', null), mention('d', null)],
      new Map(),
      NOW,
    );
    expect(spans(events)).toEqual([
      ['2022-02-01', '2022-02-01', 1],
      ['2022-02-04', '2022-02-04', 1],
      [null, null, 2],
    ]);
  });

  it('keeps the most frequent code (the lowest of a tie), mean Goldstein and the mean tone per article', () => {
    const [event] = foldMentions(
      [
        mention('a', '2022-02-01', { code: '193', goldstein: -10, tone: -4 }),
        mention('a', '2022-02-01', { event_index: 1, code: '193', goldstein: -10, tone: -4 }),
        mention('b', '2022-02-01', { code: '190', goldstein: -7, tone: 2 }),
        mention('c', '2022-02-01', { code: '190', goldstein: -7, tone: null, article_source: 'source of A' }),
      ],
      new Map(),
      NOW,
    );
    expect(event).toMatchObject({
      code: '190',
      baseCode: '190',
      goldstein: -8.5,
      tone: -1,
      numMentions: 4,
      numArticles: 3,
      numSources: 2,
      source: { code: 'RUSMIL', name: 'Russian forces', country: 'RUS' },
    });
  });

  it('gives an uncoded side no code but its name', () => {
    const [event] = foldMentions(
      [
        mention('a', '2022-02-01', {
          source_actor: 'name:dana levi',
          source_name: 'Dana Levi',
          source_country: null,
        }),
      ],
      new Map(),
      NOW,
    );
    expect(event?.source).toEqual({ code: null, name: 'Dana Levi', country: null });
  });

  it('keeps the id of the event most of its mentions were in, and gives a new one to the rest', () => {
    const previous = new Map([
      ['a#0', 'ng-old'],
      ['b#0', 'ng-old'],
    ]);
    const events = foldMentions([mention('a', '2022-02-01'), mention('b', '2022-02-10')], previous, NOW);
    expect(events.map((event) => event.id)).toEqual(['ng-old', expect.stringMatching(/^ng-[0-9a-f]{20}$/)]);
  });
});
