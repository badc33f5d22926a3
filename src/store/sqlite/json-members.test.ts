import { describe, expect, it } from 'vitest';
import { jsonMembers } from './json-members.js';

const utf8 = new TextDecoder();
const membersOf = (value: unknown) =>
  Object.fromEntries(
    Array.from(jsonMembers(Buffer.from(JSON.stringify(value))), ([key, bytes]) => [key, utf8.decode(bytes)]),
  );

describe('jsonMembers', () => {
  it('gives each member of an object as the bytes of its value, by key', () => {
    const value = {
      stages: [{ name: 'tone', ms: 1.5 }],
      tone: { score: -2 },
      empty: [],
      flag: true,
      none: null,
    };
    expect(membersOf(value)).toEqual({
      stages: '[{"name":"tone","ms":1.5}]',
      tone: '{"score":-2}',
      empty: '[]',
      flag: 'true',
      none: 'null',
    });
  });

  it('finds the end of a value past brackets, braces, quotes and backslashes inside its strings', () => {
    const text = 'a "quoted" word, a back\\slash\\", and {[}] ]}';
    const members = membersOf({ quotes: [{ text }, { text: '\\' }], after: 'x"', last: 1 });
    expect(JSON.parse(members.quotes ?? '')).toEqual([{ text }, { text: '\\' }]);
    expect(members.after).toBe('"x\\""');
    expect(members.last).toBe('1');
  });

  it('reads characters beyond ASCII as they come, and keys that hold them', () => {
    expect(membersOf({ Zürich: ['“quoted” 𝄞 é'], é: 1 })).toEqual({ Zürich: '["“quoted” 𝄞 é"]', é: '1' });
  });

  it('gives nothing for an empty object', () => {
    expect(jsonMembers(Buffer.from('{}')).size).toBe(0);
  });

  it.each(['[]', '{"a":1', '{"a":[1,2}', 'null'])('refuses %s, which is not a whole object', (json) => {
    expect(() => jsonMembers(Buffer.from(json))).toThrow(/not JSON as JSON.stringify writes it/);
  });
});
