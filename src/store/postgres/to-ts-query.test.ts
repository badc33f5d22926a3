import { describe, expect, it } from 'vitest';
import { parseSearchText } from '../parse-search-text.js';
import { toTsQuery } from './to-ts-query.js';

describe('toTsQuery', () => {
  it.each([
    ['syria talks', "'syria' & 'talks'"],
    ['"security council" vote', "('security' <-> 'council') & 'vote'"],
    ['ceasef*', "'ceasef':*"],
    ['U.S*', "('u' <-> 's':*)"],
    ['ceasefire -zurich -"peace talks"', "'ceasefire' & !('zurich') & !(('peace' <-> 'talks'))"],
    ["'; DROP TABLE articles; --", "'drop' & 'table' & 'articles'"],
  ])('renders %s as %s', (text, expected) => {
    expect(toTsQuery(parseSearchText(text))).toBe(expected);
  });
});
