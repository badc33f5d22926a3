import { GDELT_COLUMNS, type GdeltRecord } from './gdelt-columns.js';

/**
 * One row as a line of a GDELT 2.0 Event file: the 61 columns in codebook order, separated by
 * tabs, with a newline. The format has no quoting, so tabs and line breaks inside text become
 * spaces; a missing value (null, undefined, NaN) is an empty field.
 */
export function formatGdeltLine(record: GdeltRecord): string {
  const fields = GDELT_COLUMNS.map(({ name }) => {
    const value = record[name];
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    return value.replace(/[\t\r\n]+/g, ' ');
  });
  return `${fields.join('\t')}\n`;
}
