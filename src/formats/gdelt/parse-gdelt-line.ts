import { GDELT_COLUMNS, type GdeltColumn, type GdeltRecord, type GdeltValue } from './gdelt-columns.js';

/** Why a line of a GDELT file is not a row: the column (when one is at fault) and the reason. */
export class GdeltLineError extends Error {
  override name = 'GdeltLineError';
  readonly column: string | undefined;
  constructor(reason: string, column?: string) {
    super(column === undefined ? reason : `column ${column}: ${reason}`);
    this.column = column;
  }
}

const INT = /^-?\d+$/;
const FLOAT = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Reads one line of a GDELT 2.0 Event file (61 tab-separated columns, no quoting) into typed
 * values by column name: `int` and `float` columns as numbers, `date` (`YYYYMMDD`) and `datetime`
 * (`YYYYMMDDHHMMSS`) as their digits once checked to be a real day and time, text as it is, and
 * an empty field as null. Throws a GdeltLineError naming the first column that is not its type.
 */
export function parseGdeltLine(line: string): GdeltRecord {
  const fields = line.replace(/\r$/, '').split('\t');
  if (fields.length !== GDELT_COLUMNS.length) {
    throw new GdeltLineError(
      `expected ${GDELT_COLUMNS.length} tab-separated columns, found ${fields.length}`,
    );
  }
  const record: GdeltRecord = {};
  GDELT_COLUMNS.forEach((column, index) => {
    record[column.name] = parseField(fields[index] ?? '', column);
  });
  return record;
}

function parseField(field: string, column: GdeltColumn): GdeltValue {
  if (field === '') return null;
  switch (column.type) {
    case 'int':
      if (!INT.test(field)) throw new GdeltLineError(`expected a whole number, got "${field}"`, column.name);
      return Number(field);
    case 'float':
      if (!FLOAT.test(field)) throw new GdeltLineError(`expected a number, got "${field}"`, column.name);
      return Number(field);
    case 'date':
      if (!/^\d{8}$/.test(field) || !isRealMoment(field)) {
        throw new GdeltLineError(`expected a date as YYYYMMDD, got "${field}"`, column.name);
      }
      return field;
    case 'datetime':
      if (!/^\d{14}$/.test(field) || !isRealMoment(field)) {
        throw new GdeltLineError(`expected a date and time as YYYYMMDDHHMMSS, got "${field}"`, column.name);
      }
      return field;
    case 'text':
      return field;
  }
}

/** Whether `YYYYMMDD` or `YYYYMMDDHHMMSS` digits name a day (and time) that exists. */
function isRealMoment(digits: string): boolean {
  const part = (start: number, end: number) => Number(digits.slice(start, end));
  const [year, month, day] = [part(0, 4), part(4, 6), part(6, 8)];
  const [hour, minute, second] = digits.length === 14 ? [part(8, 10), part(10, 12), part(12, 14)] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}
