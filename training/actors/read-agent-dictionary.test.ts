import { describe, expect, it } from 'vitest';
import { pluralOf, readAgentDictionary } from './read-agent-dictionary.js';

// Lines as the Phoenix agents file writes them.
const AGENTS = [
  '!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON',
  '!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES',
  'POLICE {} [~COP]',
  'POLICE!PERSON!  [~COP]',
  '!MINIST!  [~GOV]',
  'ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG] # mj 05 Jan 2006',
  'SOLDIER [~MIL]',
  'ARMY [~MIL]',
  'MINISTRY_  [~GOV]',
  'DEPARMENT_OF_ENVIRONMENT [~ENV}',
  'TRUCE_MONITOR [IGO~]',
  'SOLDIER [~REB]',
  'ISLAMIC_EXTREMIST',
  'DEFENCE_MINIST [~GOVMIL]',
].join('\n');

describe('readAgentDictionary', () => {
  const { agents, problems } = readAgentDictionary(AGENTS);
  const codeOf = (text: string) => agents.find((agent) => agent.words.join(' ') === text)?.roleCode;

  it.each([
    ['police', 'COP'],
    ['policemen', 'COP'],
    ['policewoman', 'COP'],
    ['minister', 'GOV'],
    ['ministries', 'GOV'],
    ['attorney general', 'GOVATG'],
    ['attorneys general', 'GOVATG'],
    ['soldier', 'MIL'],
    ['soldiers', 'MIL'],
    ['army', 'MIL'],
    ['armies', 'MIL'],
    ['deparment of environment', 'ENV'],
  ])('gives "%s" the role %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('makes no plural for "{}", for a substitution set, or for a phrase ending in "_"', () => {
    expect(codeOf('polices')).toBeUndefined();
    expect(codeOf('ministers')).toBe('GOV');
    expect(codeOf('ministerss')).toBeUndefined();
    expect(agents.filter((agent) => agent.words[0] === 'ministry')).toHaveLength(1);
  });

  it('reads a stem named like a substitution set ("DEFENCE_MINIST") as that set', () => {
    expect(codeOf('defence minister')).toBe('GOVMIL');
    expect(codeOf('defence ministries')).toBe('GOVMIL');
    expect(codeOf('defence minist')).toBeUndefined();
    expect(codeOf('defence ministers')).toBe('GOVMIL');
  });

  it('marks a code written before the tilde as going before the actor code', () => {
    expect(agents.find((agent) => agent.words.join(' ') === 'truce monitor')).toEqual({
      words: ['truce', 'monitor'],
      roleCode: 'IGO',
      isPrefix: true,
    });
  });

  it('keeps the first code of a phrase listed twice', () => {
    expect(codeOf('soldier')).toBe('MIL');
  });

  it('reports a line without a code', () => {
    expect(problems).toEqual([
      { line: 13, problem: 'no [code] or an unreadable one', text: 'ISLAMIC_EXTREMIST' },
    ]);
  });
});

describe('pluralOf', () => {
  it.each([
    ['SOLDIER', 'SOLDIERS'],
    ['ARMY', 'ARMIES'],
    ['ATTORNEY', 'ATTORNEYS'],
    ['BUS', 'BUSES'],
    ['CHURCH', 'CHURCHES'],
    ['MINISTRY_', ''],
  ])('makes %s into %s', (singular, plural) => {
    expect(pluralOf(singular)).toBe(plural);
  });
});
