import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle, Quote } from '../../document/annotations.js';
import { readSeedRecord } from '../../ingest/read-seed-record.js';
import { analyzeQuotes } from './analyze-quotes.fixture.js';

const analyze = analyzeQuotes;

/** The name of the actor that speaks the quote, or the speaker's own words when no actor does. */
function speakerName(article: AnnotatedArticle, quote: Quote): string | undefined {
  const actor = article.actors?.find((candidate) => candidate.id === quote.speaker?.actorId);
  return actor?.name ?? quote.speaker?.text;
}

function summary(article: AnnotatedArticle): string[] {
  return (article.quotes ?? []).map(
    (quote) => `${quote.direct ? 'direct' : 'reported'} ${speakerName(article, quote) ?? '?'}: ${quote.text}`,
  );
}

describe('quotesStage', () => {
  it('keeps a quotation split by its attribution as two quotes of one speaker', () => {
    const article = analyze([
      '“We will act,” Prime Minister Benjamin Netanyahu said, “and we will act soon.”',
    ]);
    expect(summary(article)).toEqual([
      'direct Benjamin Netanyahu: We will act',
      'direct Benjamin Netanyahu: and we will act soon.',
    ]);
    const [first] = article.quotes ?? [];
    expect(first?.cue?.text).toBe('said');
    expect(article.text.slice(first?.start, first?.end)).toBe(first?.text);
  });

  it('gives the speech of a name with its country after "of" to the name, not the country', () => {
    const article = analyze(['Foreign Minister Tomas Ruiz of Chile said the border would stay open.']);
    expect(summary(article)).toEqual(['reported Tomas Ruiz: the border would stay open']);
  });

  it('gives the speech of a name with "of the" and its country to the name', () => {
    const article = analyze(['Trade Secretary Ana Ruiz of the United States said the tariffs would stay.']);
    expect(summary(article)).toEqual(['reported Ana Ruiz: the tariffs would stay']);
  });

  it('finds the cue after a quotation past a long name and title', () => {
    const article = analyze([
      '“Every euro we send to Moscow for gas ends up in the war chest,” Commission President Ursula von der Leyen told a news conference.',
    ]);
    expect(summary(article)).toEqual([
      'direct Ursula von der Leyen: Every euro we send to Moscow for gas ends up in the war chest',
    ]);
  });

  it('attributes a quotation that runs over two paragraphs to its speaker', () => {
    const article = analyze([
      'Angela Merkel told the parliament: “Germany stands with France. We will not waver.',
      '“Our answer will be united. Europe will not be divided.”',
    ]);
    expect(summary(article).map((line) => line.split(':')[0])).toEqual([
      'direct Angela Merkel',
      'direct Angela Merkel',
    ]);
  });

  it('reads reported speech after "told reporters that", before "said", and around "according to"', () => {
    expect(summary(analyze(['Vladimir Putin told reporters that Russia would not withdraw.']))).toEqual([
      'reported Vladimir Putin: Russia would not withdraw',
    ]);
    expect(summary(analyze(['The ceasefire collapsed on Friday, according to the United Nations.']))).toEqual(
      ['reported United Nations: The ceasefire collapsed on Friday'],
    );
  });

  it('keeps a described speaker as a description, with no actor', () => {
    const article = analyze(['Iran will retaliate, a senior Iranian official said on Sunday.']);
    expect(summary(article)).toEqual(['reported senior Iranian official: Iran will retaliate']);
    expect(article.quotes?.[0]?.speaker?.actorId).toBeNull();
  });

  it('gives a headline speaker written as a title the actor with that title', () => {
    const article = analyze(['Chancellor Olaf Scholz said on Monday that the budget would pass.'], {
      title: 'Chancellor says the budget will pass',
      publishedAt: '2023-11-20',
    });
    expect(summary(article)).toEqual([
      'reported Olaf Scholz: the budget will pass',
      'reported Olaf Scholz: the budget would pass',
    ]);
    expect(article.quotes?.[0]?.speaker?.text).toBe('Chancellor');
  });

  it('gives the words to the person at the head of the speaker phrase, not the organisation before it', () => {
    const article = analyze(['UN special envoy Hans Lindqvist said the parties had again failed to agree.']);
    expect(summary(article)).toEqual(['reported Hans Lindqvist: the parties had again failed to agree']);
  });

  it('rejects scare quotes, titles and inch marks', () => {
    expect(
      analyze(['The senator, a self-described “fiscal conservative”, voted against the bill.']).quotes,
    ).toEqual([]);
    expect(analyze(['The network’s “Meet the Press” programme aired on Sunday.']).quotes).toEqual([]);
    expect(analyze(['They bought a 12" pipe and a 6" valve.']).quotes).toEqual([]);
  });

  it('gives the words to the name set off by commas after a title, not to the title', () => {
    expect(
      summary(
        analyze(['Chile’s finance minister, Mario Sepúlveda, said the deficit would shrink next year.']),
      ),
    ).toEqual(['reported Mario Sepúlveda: the deficit would shrink next year']);
  });

  it('gives the words to the name before an aside, not to a name inside the aside', () => {
    expect(
      summary(
        analyze(['Tomas Lindgren, leader of the opposition Green Alliance, said the vote would be close.']),
      ),
    ).toEqual(['reported Tomas Lindgren: the vote would be close']);
  });

  it('keeps a description before an aside as the speaker, not a name after the cue', () => {
    const article = analyze([
      'A senior Chilean official, speaking on condition of anonymity, said Peru had not answered.',
    ]);
    expect(summary(article)).toEqual(['reported senior Chilean official: Peru had not answered']);
    expect(article.quotes?.[0]?.speaker?.actorId).toBeNull();
  });

  it('gives a cue after "and" the subject that opens the sentence', () => {
    expect(
      summary(
        analyze([
          'President Gabriel Boric visited the flooded towns on Monday after a week in which many people were killed, and said the state would pay for repairs.',
        ]),
      ),
    ).toEqual(['reported Gabriel Boric: the state would pay for repairs']);
  });

  it('takes the name after the description in "according to its director, Name"', () => {
    expect(
      summary(
        analyze(['The agency has run out of money for June, according to its Peru director, Ana Quispe.']),
      ),
    ).toEqual(['reported Ana Quispe: The agency has run out of money for June']);
  });

  it('gives quoted words inside a reported clause to the speaker of the clause, not to a speech verb within it', () => {
    expect(
      summary(
        analyze([
          'Ana Quispe told reporters after the meeting that the committee had argued “loudly, but fairly” about the plan.',
        ]),
      ),
    ).toContain('direct Ana Quispe: loudly, but fairly');
    expect(
      summary(
        analyze([
          'The ministry said in a statement on Friday that both leaders had “agreed to meet again soon” in Lima.',
        ]),
      ),
    ).toContain('direct ministry: agreed to meet again soon');
  });

  it('rejects a quoted name that modifies a noun, one set off by commas and one in title case', () => {
    expect(analyze(['The mayor said the money will fund her "Green Streets" plan.']).quotes).toEqual([
      expect.objectContaining({ text: 'the money will fund her "Green Streets" plan', direct: false }),
    ]);
    expect(analyze(['Fishermen fear the Chinese “grey fleet” boats near the reef.']).quotes).toEqual([]);
    expect(analyze(['The city released an app, “ParkNow”, which shows free spaces.']).quotes).toEqual([]);
    expect(
      analyze(['She presents the weather on the programme “Noche en Lima” every evening.']).quotes,
    ).toEqual([]);
    expect(analyze(['Forecasters said that the October “short rains” would come late.']).quotes).toEqual([
      expect.objectContaining({ direct: false }),
    ]);
  });

  it('finds the cue after a quotation past a title and a name set off by commas', () => {
    expect(
      summary(
        analyze([
          '“The river rose in one night. We lost everything,” the town’s mayor, Rosa Mamani, told reporters.',
        ]),
      ),
    ).toEqual(['direct Rosa Mamani: The river rose in one night. We lost everything']);
  });

  it('gives a quotation that opens a paragraph to the speaker introduced at the end of the paragraph before', () => {
    const article = analyze([
      'The mayor, Rosa Mamani, has led the town for ten years. She described the flood to the regional council.',
      '“The river rose in one night. We lost everything.',
      '“Nobody has come to help us since.”',
    ]);
    expect(summary(article).map((line) => line.split(':')[0])).toEqual([
      'direct Rosa Mamani',
      'direct Rosa Mamani',
    ]);
    expect(article.quotes?.[0]?.cue?.text).toBe('described');
  });

  it('gives a quotation that is a sentence of its own to the speaker of the sentence after it', () => {
    const article = analyze([
      '“The water came in the night, faster than last time.” Rosa Mamani, who runs a shop by the river, was speaking from her roof.',
    ]);
    expect(summary(article)).toEqual([
      'direct Rosa Mamani: The water came in the night, faster than last time.',
    ]);
    expect(article.quotes?.[0]?.cue?.text).toBe('speaking');
  });

  it('does not give a quotation to a name in the next paragraph or after a verb that is not of speaking', () => {
    const article = analyze([
      '“The water came in the night, faster than last time.” Rosa Mamani later left the town.',
      'Rosa Mamani was speaking from her roof.',
    ]);
    expect(article.quotes?.[0]?.speaker).toBeUndefined();
  });

  it('gives reported speech to a description whose relative clause ends in a verb before the cue', () => {
    const article = analyze([
      'In the port, a customs officer who asked not to be named said more than 300 containers were stuck.',
    ]);
    expect(summary(article)).toEqual(['reported customs officer: more than 300 containers were stuck']);
  });

  it('gives an indefinite description to the name the text gives it next ("The spokeswoman, Name,")', () => {
    const article = analyze([
      'A spokeswoman for the port authority said the pier would reopen. The spokeswoman, Rosa Mamani, said the ferries would run.',
    ]);
    expect(summary(article)).toEqual([
      'reported Rosa Mamani: the pier would reopen',
      'reported Rosa Mamani: the ferries would run',
    ]);
  });

  it('gives an indefinite description to the name the text writes next after the same title ("Judge Name")', () => {
    const article = analyze([
      'A judge in Arequipa freed the two farmers on Friday, saying the police had no case.',
      'Judge Elena Mamani said the farmers could go home.',
    ]);
    expect(summary(article)).toEqual([
      'reported Elena Mamani: the police had no case',
      'reported Elena Mamani: the farmers could go home',
    ]);
  });

  it('keeps an indefinite description when the name written next has another title', () => {
    const article = analyze([
      'A judge in Arequipa freed the two farmers on Friday, saying the police had no case.',
      'Mayor Elena Mamani said the farmers could go home.',
    ]);
    expect(summary(article)[0]).toBe('reported judge: the police had no case');
  });

  it('gives "its operator says" to the organisation the text names next', () => {
    const article = analyze([
      'Trains on the northern line have stopped for a week, its operator says.',
      'Andina Freight Company, which runs the line, said repairs would take until June.',
    ]);
    expect(summary(article)[0]).toBe(
      'reported Andina Freight Company: Trains on the northern line have stopped for a week',
    );
  });

  it('keeps an indefinite description when the name given next has another title', () => {
    const article = analyze([
      'A trader said prices had doubled. The mayor, Rosa Mamani, said the market would reopen.',
    ]);
    expect(summary(article)[0]).toBe('reported trader: prices had doubled');
  });

  it('gives a title set off after a name to that name when what the title covers follows it', () => {
    const article = analyze([
      'The paper spoke to Rosa Mamani, the deputy mayor responsible for the environment.',
      'The deputy mayor said the new stoves were cheaper.',
    ]);
    expect(summary(article)).toEqual(['reported Rosa Mamani: the new stoves were cheaper']);
  });

  it('gives a title the article sets off by commas beside a name to that name', () => {
    const article = analyze([
      'The UN special envoy for Haiti, Rosa Mamani, met both sides on Monday.',
      '“Nobody wins this war,” the envoy said.',
    ]);
    expect(summary(article)).toEqual(['direct Rosa Mamani: Nobody wins this war']);
  });

  it('gives a title to the name a verb installs in it ("elected Name, …, as mayor")', () => {
    const article = analyze([
      'The council elected Rosa Mamani, a former teacher, as mayor on Monday.',
      'The new mayor said she would "listen first" to the valley\'s farmers.',
    ]);
    expect(summary(article)).toContain('direct Rosa Mamani: listen first');
  });

  it('tells two presidents apart in a headline by the country before the title', () => {
    const article = analyze(
      [
        'President Recep Tayyip Erdogan said on Tuesday that Turkey would not stop the offensive.',
        'President Donald Trump said the United States would impose sanctions.',
      ],
      { title: 'Turkish president says the offensive will go on', publishedAt: '2019-10-15' },
    );
    expect(summary(article)[0]).toBe('reported Recep Tayyip Erdogan: the offensive will go on');
  });

  it('keeps a speaker brought in with "a" a description even when a named person has that title', () => {
    const article = analyze([
      'Rosa Mamani, a resident of the valley, lost her house.',
      'A second resident said the river had risen in one night.',
    ]);
    expect(article.quotes?.[0]?.speaker).toMatchObject({ text: 'second resident', actorId: null });
  });

  it('gives a quotation the name after it that a title set off by commas follows', () => {
    expect(
      summary(
        analyze([
          '“This is not just a flood. It is a crisis,” Rosa Mamani, the region’s governor, told reporters in Cusco.',
        ]),
      ),
    ).toEqual(['direct Rosa Mamani: This is not just a flood. It is a crisis']);
  });

  it('gives a pronoun after a quotation opening the next paragraph to the person named in the paragraph before', () => {
    const article = analyze([
      'Rosa Mamani, 81, who has farmed in the valley since 1960, said she would not leave.',
      '“This is my land. My parents are buried here,” she told reporters.',
    ]);
    expect(summary(article)).toContain('direct Rosa Mamani: This is my land. My parents are buried here');
  });

  it.each([
    [
      'a fisherman who sells crabs and shrimp said the river was empty.',
      'fisherman who sells crabs and shrimp',
    ],
    ['a bus driver in Lima said the river was empty.', 'bus driver in Lima'],
    ['a 64-year-old farmer said the river was empty.', '64-year-old farmer'],
  ])('keeps all the words of a description: %s', (sentence, words) => {
    const article = analyze([`On Monday, ${sentence}`]);
    expect(article.quotes?.[0]?.speaker).toMatchObject({ text: words, actorId: null });
  });

  it('keeps a description whole through an "and" inside the name it holds', () => {
    const article = analyze([
      'A deputy director at the Department of Fisheries and Ocean Affairs said the boats had been ordered back to port.',
    ]);
    expect(article.quotes?.[0]?.speaker).toMatchObject({
      text: 'deputy director at the Department of Fisheries and Ocean Affairs',
      actorId: null,
    });
  });

  it('gives "and said" the subject of the main verb, not of a gerund inside its object', () => {
    const article = analyze([
      'The opposition Liberty Party accused the mayor of hiding the cost of the new bridge from voters and said he should resign.',
    ]);
    expect(summary(article)).toEqual(['reported Liberty Party: he should resign']);
  });

  it.each([['a small charity in Cusco'], ['a charity based in Cusco']])(
    'finds the subject named before an apposition "%s"',
    (apposition) => {
      const article = analyze([
        `The National Council for the Protection of Forests, ${apposition}, said the road would cut the valley in two.`,
      ]);
      expect(summary(article)).toEqual(['reported National Council: the road would cut the valley in two']);
    },
  );

  it('does not take the capitalised "The" before an organisation for a title that names a description', () => {
    const article = analyze([
      'A senior official at the health ministry said the clinics had run out of vaccine.',
      'The Red Cross said it had sent 10,000 doses to the province.',
    ]);
    expect(article.quotes?.[0]?.speaker).toMatchObject({
      text: 'senior official at the health ministry',
      actorId: null,
    });
  });

  it('gives the speech to an organisation whose name holds a word the tagger reads as a verb', () => {
    expect(summary(analyze(['The Red Cross said it had sent 10,000 doses to the province.']))).toEqual([
      'reported Red Cross: it had sent 10,000 doses to the province',
    ]);
  });

  it('gives ", but warned that" the name that opens the sentence', () => {
    const article = analyze([
      'Governor Rosa Mamani said the bridge would reopen on Friday, but warned that heavy trucks would stay banned.',
    ]);
    expect(summary(article)).toContain('reported Rosa Mamani: heavy trucks would stay banned');
  });

  // The description with its relative clause, as the guidelines name a described speaker ("a trader
  // who sells rice and cooking oil"); events' described-after-cue.ts reads it.
  it.each([
    [
      '“The river took everything,” said a farmer whose field lay beside the bank.',
      'farmer whose field lay beside the bank',
    ],
    [
      '“We had nowhere to go,” said a mother of two who had fled the village in May.',
      'mother of two who had fled the village in May',
    ],
  ])('gives a quotation the description after its cue, with its relative clause: %s', (sentence, words) => {
    expect(analyze([sentence]).quotes?.[0]?.speaker).toMatchObject({ text: words, actorId: null });
  });

  it('gives an unresolved pronoun the description that spoke the quotation before it', () => {
    const article = analyze([
      'In Cusco, a market trader said prices had doubled.',
      '“Nobody buys meat any more. Some days I sell nothing,” she said.',
    ]);
    expect(article.quotes?.map((quote) => quote.speaker?.text)).toEqual(['market trader', 'market trader']);
  });

  it('gives a pronoun a chain resolved to an earlier name the description that spoke just before it', () => {
    const article = analyze([
      'Mayor Pedro Mabunda said the port would stay closed.',
      'A fisherman in the Maputo harbour said the storm had taken his boat. “I have nothing left,” he said.',
    ]);
    const [, , last] = article.quotes ?? [];
    expect(last?.speaker).toMatchObject({ text: 'fisherman', actorId: null });
  });

  it('keeps the chain of a pronoun when a name stands between the description and it', () => {
    const article = analyze([
      'A herder said her llamas had no grass. Governor Ana Ticona visited the valley. “We will send feed,” she said.',
    ]);
    expect(article.quotes?.at(-1)?.speaker?.actorId).not.toBeNull();
  });

  it.each([
    [
      'A man carrying a sack of rice from the market said the bridge was gone.',
      'man carrying a sack of rice from the market',
    ],
    [
      'A vendor selling bread from a cart near the station said prices had doubled.',
      'vendor selling bread from a cart near the station',
    ],
  ])('keeps a participle and its phrases in the description that speaks: %s', (sentence, words) => {
    const article = analyze([sentence]);
    expect(article.quotes?.[0]?.speaker).toMatchObject({ text: words, actorId: null });
  });

  it('gives an inverted cue the description after it with its relative clause to the sentence’s end', () => {
    const article = analyze([
      '“The water came at night,” said a fisherman whose boat was lost in the storm.',
      '“We had no warning,” said a teacher of twenty years who had moved to the coast in May.',
    ]);
    expect(article.quotes?.map((quote) => quote.speaker?.text)).toEqual([
      'fisherman whose boat was lost in the storm',
      'teacher of twenty years who had moved to the coast in May',
    ]);
  });

  it('keeps a name after an inverted cue when a relative clause follows it', () => {
    const article = analyze(['“The water came at night,” said Rosa Mamani, who runs the shelter.']);
    expect(speakerName(article, article.quotes?.[0] as Quote)).toBe('Rosa Mamani');
  });

  it('gives the speech to the name after a title whose portfolios are joined by "and"', () => {
    const article = analyze(['Commerce and Consumer Affairs Minister Ana Costa said the plan would work.']);
    expect(summary(article)).toEqual(['reported Ana Costa: the plan would work']);
  });

  it('gives "…, and said" the body that opens the sentence after a possessive', () => {
    const article = analyze([
      "Chile's central bank raised its policy rate by half a point to 9% on Thursday, its eighth increase since April last year, and said it might raise it again.",
    ]);
    expect(summary(article)).toEqual(['reported central bank: it might raise it again']);
  });

  it('keeps a possessive and a past participle the chunker leaves out in the description that speaks', () => {
    const article = analyze([
      'A man waiting with his daughter near a flooded bus station said the trains had stopped.',
    ]);
    expect(article.quotes?.[0]?.speaker).toMatchObject({
      text: 'man waiting with his daughter near a flooded bus station',
      actorId: null,
    });
  });

  it('gives the speech to a name with its acronym in brackets before an aside', () => {
    const article = analyze([
      'The Andean Miners Federation (FSTM), the largest of the unions, said the mines would close on Monday.',
    ]);
    expect(summary(article)).toEqual(['reported Andean Miners Federation: the mines would close on Monday']);
  });

  it('survives a quote that never closes and 500 quotes in one article', () => {
    const open = analyze(['The minister said: “We will never give up and we will never surrender']);
    expect(open.quotes?.[0]?.text).toBe('We will never give up and we will never surrender');
    const many = analyze([
      Array.from({ length: 500 }, (_, at) => `“Point ${at} stands,” she said.`).join(' '),
    ]);
    expect(many.quotes).toHaveLength(500);
  });
});

const SEED = join(import.meta.dirname, '../../../../shared/seeds/000_69708e555aba87ee.txt');
const runSeed = existsSync(SEED) || process.env.NEWSGRAPH_REQUIRE_ALL === '1';

describe.skipIf(!runSeed)('quotesStage on the seed article (needs ../shared/seeds)', () => {
  const article = runSeed
    ? analyzeQuotes([], readSeedRecord(readFileSync(SEED, 'utf8')).record)
    : analyze([]);
  const quotes = article.quotes ?? [];

  it('attributes every quotation of the prime minister to Netanyahu (ISRGOV)', () => {
    const direct = quotes.filter((quote) => quote.direct && !quote.text.startsWith('voiced'));
    expect(direct.length).toBe(4);
    const netanyahu = article.actors?.find((actor) => actor.code === 'ISRGOV');
    for (const quote of direct) expect(quote.speaker?.actorId).toBe(netanyahu?.id);
  });

  it('attributes the statement about "both sides" to Russia', () => {
    const quote = quotes.find((candidate) => candidate.text.startsWith('voiced readiness'));
    const russia = article.actors?.find((actor) => actor.id === quote?.speaker?.actorId);
    expect(russia?.code).toBe('RUS');
  });

  it('reads the lede "Netanyahu: Iran needs to withdraw from all of Syria" as his', () => {
    const quote = quotes.find((candidate) => candidate.text === 'Iran needs to withdraw from all of Syria');
    expect(quote).toMatchObject({ direct: false, cue: { text: ':' }, speaker: { text: 'Netanyahu' } });
  });
});
