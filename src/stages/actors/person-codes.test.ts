import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../../document/annotations.js';
import { createArticle } from '../../document/article.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { coreferenceStage } from '../coreference/coreference-stage.js';
import { entitiesStage } from '../entities/entities-stage.js';
import { plainTokens } from '../plain-tokens.js';
import { sentencesStage } from '../sentences/sentences-stage.js';
import { tokensStage } from '../tokens/tokens-stage.js';
import { loadActorDictionary } from './actor-dictionary.js';
import { actorsStage } from './actors-stage.js';
import { homeCountry } from './home-country.js';
import { leadingTitleLength, titleCode, titleRole } from './title-code.js';

const pipeline = createPipeline([tokensStage, sentencesStage, entitiesStage, coreferenceStage, actorsStage]);
const origin = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' };
const dictionary = loadActorDictionary();
const words = (text: string) => text.split(' ');

function analyze(publishedAt: string, body: string[]): AnnotatedArticle {
  return runPipeline(pipeline, createArticle({ title: 'News', publishedAt, body }, origin));
}

/** The code of the actor one of whose mentions is written `text`; undefined when there is no such actor. */
function codeOf(article: AnnotatedArticle, text: string): string | null | undefined {
  return article.actors?.find((actor) =>
    actor.mentions.some((span) => article.text.slice(span.start, span.end) === text),
  )?.code;
}

describe('person codes: an office stated in the text beats an older dictionary entry', () => {
  it('gives the organisation a title names: NATO, not the Norwegian elite code of 2019', () => {
    // The dictionary has Jens Stoltenberg NORELI (undated) and NORGOV until 2013.
    const article = analyze('2019-04-04', [
      'NATO Secretary-General Jens Stoltenberg said on Thursday that the alliance would stay united.',
    ]);
    const nato = codeOf(article, 'NATO');
    expect(nato).toMatch(/^IGO/);
    expect(codeOf(article, 'Jens Stoltenberg')).toBe(nato);
  });

  it('gives the organisation of a title set off before the name, with its scope', () => {
    const article = analyze('2021-03-16', [
      'The UN special envoy for Libya, Karin Holmberg, said the talks in Geneva had failed.',
    ]);
    const un = codeOf(article, 'UN');
    expect(un).toMatch(/^IGO/);
    expect(codeOf(article, 'Karin Holmberg')).toBe(un);
  });

  it('gives no organisation code when the title after it is no leader noun', () => {
    const article = analyze('2021-03-16', ['The UN report on Libya, Karin Holmberg said, was late.']);
    expect(codeOf(article, 'Karin Holmberg')).toBeNull();
  });

  it('reads a hyphenated title as one word: an attorney-general is no general', () => {
    const article = analyze('2019-04-04', [
      'Australian Attorney-General Tom Baxter said on Thursday that the law would change.',
    ]);
    expect(codeOf(article, 'Tom Baxter')).not.toMatch(/MIL/);
  });

  it('keeps the dictionary country with the role of a bare title', () => {
    // The dictionary has Christine Lagarde FRAGOVBUS from 2008; "Minister" is GOV.
    const article = analyze('2010-05-02', ['Finance Minister Christine Lagarde said the loan was ready.']);
    expect(codeOf(article, 'Christine Lagarde')).toBe('FRAGOV');
  });

  it('takes no country across a preposition: "Syria under President" is no Syrian title', () => {
    expect(titleCode(dictionary, words('troops leave Syria under President'), '2019-01-10')).toBeUndefined();
    expect(titleCode(dictionary, words('Russia ’s Defense Minister'), '2019-01-10')).toBe('RUSGOVMIL');
  });

  it('gives a title after "opposition" the opposition’s role ("opposition lawmaker")', () => {
    expect(titleCode(dictionary, words('Kenyan opposition lawmaker'), '2019-01-10')).toBe('KENOPP');
    expect(titleRole(dictionary, words('Opposition lawmaker'))).toBe('OPP');
    expect(titleCode(dictionary, words('Kenyan lawmaker'), '2019-01-10')).not.toBe('KENOPP');
  });

  it('gives a body’s leader the body’s role ("police commander" COP, not the commander’s MIL)', () => {
    expect(titleRole(dictionary, words('The police commander'))).toBe('COP');
    expect(titleCode(dictionary, words('Chilean police chief'), '2019-01-10')).toBe('CHLCOP');
    expect(titleRole(dictionary, words('the regional commander'))).toBe('MIL');
  });

  it('gives a leader or spokesperson after a body’s possessive the body’s role ("the union’s spokesman" LAB)', () => {
    expect(titleRole(dictionary, words('the union ’s spokesman'))).toBe('LAB');
    expect(titleRole(dictionary, words('the union ’s president'))).toBe('LAB');
    expect(titleRole(dictionary, words('the army ’s chief'))).toBe('MIL');
    expect(titleRole(dictionary, words('the company ’s president'))).not.toBe('LAB');
  });

  it('gives a spokesperson the role of the body they speak for', () => {
    expect(titleCode(dictionary, words('Russian foreign ministry spokeswoman'), '2019-01-10')).toBe('RUSGOV');
    expect(titleCode(dictionary, words('Russian army spokesman'), '2019-01-10')).toBe('RUSMIL');
    expect(titleCode(dictionary, words('Russian spokesman'), '2019-01-10')).toBe('RUSMED');
    expect(titleRole(dictionary, words('Foreign ministry spokesman'))).toBe('GOV');
    expect(titleCode(dictionary, words('Philippine presidential spokesperson'), '2019-01-10')).toBe('PHLGOV');
    expect(titleRole(dictionary, words('A presidential spokeswoman'))).toBe('GOV');
  });

  it.each([
    ['district health officer', 'GOV'],
    ['the county ’s chief administrator', 'GOV'],
    ['a provincial official', 'GOV'],
    ['a health officer', undefined],
  ])('reads "%s", an official of a local government or not, as %s', (title, role) => {
    expect(titleRole(dictionary, words(title))).toBe(role);
  });

  it('codes a name after "Justice" as a judge in the article’s country', () => {
    expect(titleRole(dictionary, words('Justice'))).toBe('JUD');
    const article = analyze('2023-06-05', [
      'Nigeria and Nigerian workers face higher prices.',
      'In his ruling, Justice Tunde Bakare wrote that the tax was void.',
    ]);
    expect(article.actors?.find((actor) => actor.name.endsWith('Tunde Bakare'))?.code).toBe('NGAJUD');
  });

  it('codes an official of a local government after a place’s possessive in the article’s country', () => {
    const article = analyze('2023-06-05', [
      'Nigeria and Nigerian workers face higher prices.',
      "Femi Adeyemi, Kano's district health officer, said clinics were full.",
    ]);
    expect(codeOf(article, 'Femi Adeyemi')).toBe('NGAGOV');
  });

  it('ignores a past office', () => {
    expect(titleCode(dictionary, words('former Russian President'), '2018-06-17')).toBeUndefined();
    expect(titleRole(dictionary, words('the former minister'))).toBeUndefined();
    expect(titleRole(dictionary, words('Foreign Secretary'))).toBe('GOV');
  });

  it('gives no role to a title of the body an acronym names ("NLC president")', () => {
    expect(titleRole(dictionary, words('NLC president'))).toBeUndefined();
    expect(titleRole(dictionary, words('the president'))).toBe('GOV');
  });
});

describe('person codes: a title with its country set off after the name', () => {
  it.each([
    ['Hulusi Akar', "Hulusi Akar, Turkey's defence minister, said Ankara would help.", 'TURGOVMIL'],
    [
      'Gedion Timothewos',
      "Gedion Timothewos, Ethiopia's minister of justice, said the process was fair.",
      'ETHGOV',
    ],
  ])('codes %s', (name, sentence, code) => {
    const article = analyze('2021-04-10', ['Egypt and Ethiopia failed to agree on the dam.', sentence]);
    expect(codeOf(article, name)).toBe(code);
  });

  it('codes a name after a long title set off before it', () => {
    const article = analyze('2021-04-10', [
      'Egypt and Ethiopia failed to agree on the dam.',
      "The spokesman for Ethiopia's foreign ministry, Dina Mufti, said talks would go on.",
    ]);
    expect(codeOf(article, 'Dina Mufti')).toBe('ETHGOV');
  });
});

describe('person codes: a secretary of a portfolio', () => {
  it('reads "transport secretary" as a minister, and "general secretary" as none', () => {
    expect(titleRole(dictionary, words('the transport secretary'))).toBe('GOV');
    expect(titleCode(dictionary, words('Britain ’s transport secretary'), '2023-10-05')).toBe('GBRGOV');
    expect(titleRole(dictionary, words('the general secretary'))).toBeUndefined();
    expect(titleRole(dictionary, words('secretary'))).toBeUndefined();
  });
});

describe('person codes: a bare title the article writes out elsewhere', () => {
  it('codes "Governor" as the central bank governor the headline names', () => {
    const article = analyze('2022-07-25', [
      'Ghana raises rates; central bank governor says the cedi is under pressure.',
      'Governor Kofi Boateng told reporters in Accra that inflation would fall. Ghana will borrow.',
    ]);
    expect(codeOf(article, 'Kofi Boateng')).toBe('GHAGOVBUS');
  });
});

describe('person codes: a title with its scope', () => {
  it.each([
    ['Femi Adeyemi', 'A lawyer for the union, Femi Adeyemi, said the ban was illegal.', 'NGAJUD'],
    ['Femi Adeyemi', 'Femi Adeyemi, a lawyer for the detainees, said the ban was illegal.', 'NGAJUD'],
    ['Femi Adeyemi', 'Femi Adeyemi, spokesman for the national police, said the ban was legal.', 'NGACOP'],
    ['Femi Adeyemi', 'Femi Adeyemi, a police spokesman in Kano, said the ban was legal.', 'NGACOP'],
    ['Femi Adeyemi', 'Femi Adeyemi, the governor of the central bank, said rates would rise.', 'NGAGOVBUS'],
    ['Femi Adeyemi', 'Femi Adeyemi, the minister of defence, said troops were ready.', 'NGAGOVMIL'],
    ['Femi Adeyemi', 'Femi Adeyemi, minister of works and housing, said the roads were open.', 'NGAGOV'],
    [
      'Femi Adeyemi',
      "Femi Adeyemi, Nigeria's minister of works and housing, said the roads were open.",
      'NGAGOV',
    ],
    ['Amaka Obi', 'Amaka Obi, the mayor of Lagos, said the roads were open.', 'NGAGOV'],
    [
      'Amaka Obi',
      'Amaka Obi, the deputy mayor responsible for transport, said the roads were open.',
      'NGAGOV',
    ],
  ])('reads the title of %s without its scope, in the article’s country', (name, sentence, code) => {
    const article = analyze('2023-06-05', ['Nigeria and Nigerian workers face higher prices.', sentence]);
    expect(codeOf(article, name)).toBe(code);
  });

  it("gives a spokesperson for a body the body's code, not a role of their own", () => {
    const article = analyze('2023-06-05', [
      'Nigeria and Nigerian workers face higher prices.',
      'A spokeswoman for the Lagos Traders Guild, Ngozi Eze, said prices had doubled.',
    ]);
    // A traders' guild in Lagos: Nigerian business.
    expect(codeOf(article, 'Lagos Traders Guild')).toBe('NGABUS');
    expect(codeOf(article, 'Ngozi Eze')).toBe('NGABUS');
  });
});

describe('person codes: titles set off by commas', () => {
  it('reads a title before the name, with its country', () => {
    const article = analyze('2022-07-21', [
      'The French ambassador, Marie Lacoste, said the talks should resume.',
    ]);
    expect(codeOf(article, 'Marie Lacoste')).toBe('FRAGOV');
  });

  it('reads a title after the name in the article country', () => {
    const article = analyze('2023-11-20', [
      'Germany will vote on the budget in December.',
      'Karl Brandtner, the opposition leader, said the vote should come sooner. Germany cannot wait, he said.',
    ]);
    expect(codeOf(article, 'Karl Brandtner')).toBe('DEUOPP');
  });

  it('takes no title from a phrase before the name that is no title', () => {
    const article = analyze('2023-11-20', [
      'Germany will vote on the budget in December. Germany cannot wait.',
      'Speaking to the minister, Karl Brandtner said the vote should come sooner.',
    ]);
    expect(codeOf(article, 'Karl Brandtner')).toBeNull();
  });

  it('takes no title from a relative clause after the name', () => {
    const article = analyze('2023-11-20', [
      'Germany will vote on the budget in December. Germany cannot wait.',
      'Karl Brandtner, who runs a bakery in Kiel, said the vote should come sooner.',
    ]);
    expect(codeOf(article, 'Karl Brandtner')).toBeNull();
  });
});

describe('person codes: a title without a country, in the article country', () => {
  it('codes a minister of the country the article names most', () => {
    const article = analyze('2022-07-12', [
      'Ghana will seek a loan from the IMF, officials in Accra said.',
      'Finance Minister Efua Sarpong said Ghana expected a deal by December, unlike Nigeria.',
    ]);
    expect(codeOf(article, 'Efua Sarpong')).toBe('GHAGOV');
  });

  it('reads no article country into the title of a person named by the surname alone', () => {
    const article = analyze('2022-07-12', [
      'Ghana will seek a loan from the IMF, officials in Accra said.',
      'President Okafor said Ghana expected a deal by December.',
    ]);
    expect(codeOf(article, 'Okafor')).toBeNull();
  });

  it('leaves the code out when no country has three quarters of the mentions', () => {
    const article = analyze('2022-07-12', [
      'Ghana and Nigeria will seek loans from the IMF.',
      'Finance Minister Efua Sarpong said Ghana expected a deal by December.',
    ]);
    expect(codeOf(article, 'Efua Sarpong')).toBeNull();
  });

  it('reads a faith word opening a name as a given name, not a title', () => {
    expect(leadingTitleLength(dictionary, words('Christian Vogel'))).toBe(0);
    expect(leadingTitleLength(dictionary, words('President Vogel'))).toBe(1);
    const article = analyze('2023-11-20', [
      'Germany will cut spending, Germany’s coalition agreed.',
      'Finance Minister Christian Vogel said the cuts would come in January.',
    ]);
    expect(codeOf(article, 'Christian Vogel')).toBe('DEUGOV');
  });
});

describe('organisations named again by their last word', () => {
  it('codes the short form and the title it opens as the organisation named in full', () => {
    const article = analyze('2022-03-08', [
      'The European Commission proposed new rules on Tuesday.',
      'Commission President Maria Olsen said the rules would take effect in June.',
      'The Commission said it expected support from member states.',
    ]);
    expect(codeOf(article, 'European Commission')).toBe('IGOEUREEC');
    expect(codeOf(article, 'Maria Olsen')).toBe('IGOEUREEC');
  });

  it('codes a commissioner set off before the name as one of the article’s Commission', () => {
    const article = analyze('2022-03-08', [
      'The European Commission proposed new rules on Tuesday.',
      'The rules would take effect in June, the energy commissioner, Maria Olsen, said.',
    ]);
    expect(codeOf(article, 'Maria Olsen')).toBe('IGOEUREEC');
  });

  it('leaves a commissioner uncoded in an article that names no Commission', () => {
    const article = analyze('2022-03-08', [
      'The rules would take effect in June, the energy commissioner, Maria Olsen, said.',
    ]);
    expect(codeOf(article, 'Maria Olsen')).toBeNull();
  });

  it('leaves a last word shared by two organisations with different codes uncoded', () => {
    const article = analyze('2022-03-08', [
      'The European Commission and the African Union Commission met on Monday.',
      'Commission President Maria Olsen said the talks went well.',
    ]);
    expect(codeOf(article, 'European Commission')).toBe('IGOEUREEC');
    expect(codeOf(article, 'Commission')).toBeNull();
    expect(codeOf(article, 'Maria Olsen')).toBeNull();
  });
});

describe('homeCountry', () => {
  it('counts names, demonyms and cities, and the countries of coded actors', () => {
    const text = 'Kenya and its Kenyan farmers in Nairobi, not Uganda.';
    expect(homeCountry(dictionary, text, plainTokens(text), '2020-01-01')).toBe('KEN');
    const twoThirds = 'Kenya, Kenya and Uganda.';
    expect(homeCountry(dictionary, twoThirds, plainTokens(twoThirds), '2020-01-01')).toBeUndefined();
    const tied = 'Kenya and Uganda.';
    expect(homeCountry(dictionary, tied, plainTokens(tied), '2020-01-01')).toBeUndefined();
    expect(homeCountry(dictionary, tied, plainTokens(tied), '2020-01-01', new Map([['UGA', 2]]))).toBe('UGA');
    const leading = 'Kenya, Kenya, Nairobi and Uganda, Tanzania.';
    expect(homeCountry(dictionary, leading, plainTokens(leading), '2020-01-01')).toBe('KEN');
    const close = 'Kenya, Kenya, Nairobi and Uganda, Uganda.';
    expect(homeCountry(dictionary, close, plainTokens(close), '2020-01-01')).toBeUndefined();
  });
});

describe('person codes: parties and their leaders', () => {
  it('codes a party and its leader the dictionary does not know as the opposition of the article’s country', () => {
    const article = analyze('2021-03-14', [
      'Britain’s rail plan was attacked on Sunday.',
      'Labour leader Tomas Eklund said the British government had broken its promise.',
      'The Labour Party said the plan was a betrayal of Britain.',
    ]);
    expect(codeOf(article, 'Tomas Eklund')).toBe('GBROPP');
    expect(codeOf(article, 'Labour Party')).toBe('GBROPP');
  });

  it('codes a party the text calls ruling or governing as the government', () => {
    const article = analyze('2021-03-14', [
      'Kenya’s budget was debated in Nairobi on Sunday.',
      'The ruling Jubilee Party said the budget would pass.',
    ]);
    expect(codeOf(article, 'Jubilee Party')).toBe('KENGOV');
  });
});

describe('person codes: an aide after a possessive', () => {
  it('gives an aide the code of the one the possessive names ("His chief of staff, X,")', () => {
    const article = analyze('2022-09-19', [
      'President Sadyr Japarov spoke on Sunday. His chief of staff, Akylbek Toktogulov, told reporters the line would hold.',
    ]);
    expect(codeOf(article, 'Akylbek Toktogulov')).toBe('KGZGOV');
  });

  it('gives the leader after "its" the code of the organisation named last before it', () => {
    const article = analyze('2023-05-02', [
      'The Nigeria Labour Congress said the strike would go ahead. “We have waited long enough,” its president, Chidi Okafor, said.',
    ]);
    expect(codeOf(article, 'Chidi Okafor')).toBe(codeOf(article, 'Nigeria Labour Congress'));
    expect(codeOf(article, 'Chidi Okafor')).toBe('NGALAB');
  });

  it('gives a lawyer after a possessive pronoun the lawyer’s own role in the article’s country', () => {
    const article = analyze('2022-03-01', [
      'A farmer in Bolivia was arrested on Monday. Her lawyer, Marco Quispe, said the arrest broke Bolivian law.',
    ]);
    expect(codeOf(article, 'Marco Quispe')).toBe('BOLJUD');
  });

  it('gives no code for a possessive that names no office ("His wife, X,")', () => {
    const article = analyze('2022-09-19', [
      'President Sadyr Japarov spoke on Sunday. His wife, Aigul Japarova, told reporters the line would hold.',
    ]);
    expect(codeOf(article, 'Aigul Japarova')).toBeNull();
  });
});

describe('person codes: a title beside a name the dictionary knows', () => {
  it('keeps the dictionary’s narrower role when the title gives its wider one (GOVBUS, not GOV)', () => {
    // The dictionary has Riad Salameh LBNGOVBUS; "the governor" alone is GOV.
    const article = analyze('2020-03-02', [
      'Lebanon’s banks stayed shut in Beirut. Riad Salameh, the governor of Banque du Liban, told a news conference the peg would hold.',
    ]);
    expect(codeOf(article, 'Riad Salameh')).toBe('LBNGOVBUS');
  });
});

describe('person codes: a spokesperson set off after the name', () => {
  it('reads "a police spokesman in <city>" as the police’s spokesman, the city only where he speaks', () => {
    const article = analyze('2023-07-19', [
      'Floods cut roads across Nepal on Monday, and Nepal’s army joined the rescue.',
      'Ramesh Adhikari, a police spokesman in Pokhara, said 60 families had been moved to a school.',
    ]);
    expect(codeOf(article, 'Ramesh Adhikari')).toBe('NPLCOP');
  });
});

describe('person codes: who leads an organisation', () => {
  it('gives "X, who leads the opposition <party>," the party’s code past its qualifier', () => {
    const article = analyze('2023-03-14', [
      'Fuel queues grew in Tunisia on Monday, and Tunisia’s government blamed traders.',
      'Leila Mansour, who leads the opposition Tunisian Renewal Movement, told reporters the state had run out of money.',
    ]);
    expect(codeOf(article, 'Tunisian Renewal Movement')).toBe('TUNOPP');
    expect(codeOf(article, 'Leila Mansour')).toBe('TUNOPP');
  });
});

describe('person codes: who leads an organisation, read further', () => {
  it('gives a former president who leads the opposition the party’s code, not the dictionary’s elite one', () => {
    const article = analyze('2023-04-11', [
      'Prices rose in Bolivia in March, and Bolivia’s government blamed smugglers.',
      'Evo Morales, the former president who leads the opposition Andean Renewal Front, said the state had lied.',
    ]);
    expect(codeOf(article, 'Evo Morales')).toBe('BOLOPP');
  });

  it('gives "who chairs" a union whose first words the tagger left out of its name the union’s code', () => {
    const article = analyze('2023-09-21', [
      'Wages lagged prices in Finland this year, and Finland’s government froze benefits.',
      'Marja Lehtonen, who chairs the Finnish Trade Union Confederation, SAK, said members would strike.',
    ]);
    expect(codeOf(article, 'Marja Lehtonen')).toBe('FINLAB');
  });
});

describe('person codes: a police title', () => {
  it('codes a colonel set off after "a police spokesman" as the police, not the military', () => {
    const article = analyze('2024-03-11', [
      'Gangs attacked the capital of Haiti, and Haiti’s government asked for help.',
      'The roads were cleared, according to a police spokesman, Colonel Pierre Louis.',
    ]);
    expect(codeOf(article, 'Pierre Louis')).toBe('HTICOP');
  });

  it('codes "the police director general" as the police, not the one IGO the article names', () => {
    const article = analyze('2024-03-11', [
      'Gangs attacked Haiti’s capital, and the UN mission in Haiti sent armoured vehicles.',
      'Jean Paul, the police director general, told reporters the gangs had fled.',
    ]);
    expect(codeOf(article, 'Jean Paul')).toBe('HTICOP');
  });

  it('gives no police code to a person the police only questioned', () => {
    const article = analyze('2024-03-11', [
      'Gangs attacked Haiti’s capital, and Haiti’s government asked for help.',
      'Colonel Pierre Louis, who was questioned by police on Monday, said he had done nothing.',
    ]);
    expect(codeOf(article, 'Pierre Louis')).not.toBe('HTICOP');
  });
});

describe('person codes: a local government’s official', () => {
  it('codes a district’s chief administrator set off before the name as the government of the article’s country', () => {
    const article = analyze('2023-07-19', [
      'Rain closed roads in Nepal on Monday, and Nepal’s army sent a team.',
      'The district’s chief administrator, Hari Prasad Joshi, said four bridges had been washed away.',
    ]);
    expect(codeOf(article, 'Hari Prasad Joshi')).toBe('NPLGOV');
  });

  it('codes a district health officer after a place’s possessive as the government', () => {
    const article = analyze('2022-09-29', [
      'Measles spread in Uganda this week, and Uganda’s health ministry sent vaccines.',
      'Grace Nakato, Kasese’s district health officer, said 40 children had been treated.',
    ]);
    expect(codeOf(article, 'Grace Nakato')).toBe('UGAGOV');
  });
});

describe('person codes: an organisation the text calls a union', () => {
  it('codes a union named by other words as LAB, and the person who leads it', () => {
    const article = analyze('2023-05-24', [
      'Hospitals in Romania ran on skeleton staff on Tuesday, and Romania’s government offered a bonus.',
      '“We want a raise, not a gift,” said Elena Marin, who leads the Nurses Alliance, the biggest of the unions on strike.',
    ]);
    expect(codeOf(article, 'Nurses Alliance')).toBe('ROULAB');
    expect(codeOf(article, 'Elena Marin')).toBe('ROULAB');
  });

  it('codes a trade ministry as the government, not a trade union', () => {
    const article = analyze('2023-03-14', [
      'Flour ran short in Tunisia on Monday. Tunisia’s bakers protested in Tunis.',
      'The trade ministry said deliveries would rise.',
    ]);
    expect(codeOf(article, 'trade ministry')).toBe('TUNGOV');
  });
});

describe('person codes: titles the agent dictionary lacks', () => {
  it('codes a judge whose title the tagger took into the name, in the article’s country', () => {
    const article = analyze('2022-08-17', [
      'A court in New Zealand heard the case on Monday, and New Zealand’s regulator welcomed it.',
      'In her ruling, Justice Mereana Tau wrote that the fees were unfair.',
    ]);
    expect(codeOf(article, 'Justice Mereana Tau')).toBe('NZLJUD');
  });

  it('codes a major before a name as the military of the article’s country', () => {
    const article = analyze('2023-07-19', [
      'Floods cut roads across Nepal on Monday, and Nepal’s government sent helicopters.',
      '“We are carrying food on foot,” said Major Dipak Rai, who leads the rescue team.',
    ]);
    expect(codeOf(article, 'Dipak Rai')).toBe('NPLMIL');
  });
});

describe('organisation codes: a part of an organisation under its own name', () => {
  it('gives an acronym set off after "the UN humanitarian office" the UN’s code', () => {
    const article = analyze('2019-06-12', [
      'Fighting forced 3,000 people from their homes in Cameroon, according to the UN humanitarian office, UNHO.',
    ]);
    expect(codeOf(article, 'UNHO')).toBe(codeOf(article, 'UN'));
    expect(codeOf(article, 'UNHO')).toMatch(/^IGOUNO/);
  });
});

describe('organisation codes: unions named by a common noun', () => {
  it('codes "the unions" as the labour of the article’s country', () => {
    const article = analyze('2023-05-24', [
      'Schools across Romania stayed shut on Tuesday as Romania’s teachers kept up their strike.',
      'About 90,000 teachers stayed out, according to the unions.',
    ]);
    expect(codeOf(article, 'unions')).toBe('ROULAB');
  });
});

describe('person codes: a portfolio written "in charge of"', () => {
  it('codes a minister delegate in charge of defence as the defence ministry (GOVMIL), not a delegate', () => {
    const article = analyze('2019-06-12', [
      'Soldiers raided a village in Cameroon on Monday, and Cameroon’s army said it had killed six fighters.',
      'Paul Mbarga Nga, the minister delegate at the presidency in charge of defence, told state radio the raid had succeeded.',
    ]);
    expect(codeOf(article, 'Paul Mbarga Nga')).toBe('CMRGOVMIL');
  });
});

describe('organisation codes: a party named as its leader’s', () => {
  it('gives "<leader>’s <party>" the opposition leader’s code, and its spokeswoman too', () => {
    const article = analyze('2023-08-27', [
      'Zimbabwe’s main opposition leader, Tendai Mashingaidze, rejected the result in Harare on Sunday.',
      'Rudo Chikore, a spokeswoman for Mashingaidze’s Citizens Alliance for Renewal, said counting had been hidden.',
    ]);
    expect(codeOf(article, 'Tendai Mashingaidze')).toBe('ZWEOPP');
    expect(codeOf(article, 'Rudo Chikore')).toBe('ZWEOPP');
  });
});
