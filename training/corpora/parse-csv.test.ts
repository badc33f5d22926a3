import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';

function fieldsOf(text: string): string[][] {
  return parseCsv(text, 'sample.csv').map((record) => record.fields);
}

describe('parseCsv', () => {
  it.each([
    ['plain fields', 'a,b,c\r\n', [['a', 'b', 'c']]],
    ['a quoted comma', ',",",",",O\r\n', [['', ',', ',', 'O']]],
    ['a doubled quote', ',"""",``,O\r\n', [['', '"', '``', 'O']]],
    ['a quoted field with a comma inside a number', ',"10,000",CD,O\r\n', [['', '10,000', 'CD', 'O']]],
    ['a quoted line break', '"two\nlines",x\n', [['two\nlines', 'x']]],
    [
      'LF line ends',
      'a,b\nc,d\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a last record without a line end',
      'a,b\r\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['an empty last field', 'a,b,', [['a', 'b', '']]],
    ['an empty line as one empty field', 'a\r\n\r\nb\r\n', [['a'], [''], ['b']]],
  ])('reads %s', (_case, text, expected) => {
    expect(fieldsOf(text)).toEqual(expected);
  });

  it('numbers each record by the line it starts on', () => {
    const records = parseCsv('"x\ny",1\r\nz,2\r\n', 'sample.csv');
    expect(records.map((record) => record.line)).toEqual([1, 3]);
  });

  it('names the line of a quoted field that never closes', () => {
    expect(() => parseCsv('a,b\r\n,"open,O\r\n', 'sample.csv')).toThrow(
      'sample.csv:2: a quoted field never closes',
    );
  });

  it('rejects text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c\r\n', 'sample.csv')).toThrow(
      'sample.csv:1: text follows the closing quote',
    );
  });
});
