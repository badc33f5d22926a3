import { describe, expect, it } from 'vitest';
import { judgeNameRole } from './judge-name-role.js';

const words = (text: string) => text.split(' ');

describe('judgeNameRole', () => {
  it.each(['Justice Mereana Tau', 'Judge Paulo Reis Lima'])('reads "%s" as a judge', (text) => {
    expect(judgeNameRole(words(text))).toBe('JUD');
  });

  it.each(['Justice Ministry', 'Justice and Development Party', 'Justice Department Office', 'Justice Tau'])(
    'gives no role to "%s"',
    (text) => {
      expect(judgeNameRole(words(text))).toBeUndefined();
    },
  );
});
