import { describe, expect, it } from 'vitest';
import { splitActorCode } from './split-actor-code.js';

const countries = new Set(['ISR', 'RUS', 'PSE', 'SYR']);

describe('splitActorCode', () => {
  it.each([
    ['ISRGOV', 'ISR', ['GOV']],
    ['RUSMILCOP', 'RUS', ['MIL', 'COP']],
    ['SYR', 'SYR', []],
    ['IGOUNO', null, ['IGO']],
    ['PSEREBHMS', 'PSE', ['REB']],
  ])('splits %s into its country and roles', (code, country, roles) => {
    expect(splitActorCode(code, countries)).toEqual({ country, roles });
  });
});
