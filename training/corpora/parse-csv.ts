import { CorpusFormatError } from './corpus-format-error.js';

/** One CSV record: its fields with quotes removed, and the 1-based line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

const COMMA = 44;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/**
 * Parses RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field in double quotes may
 * hold commas, line breaks and doubled quotes (`""""` is one `"`). `path` only names the file in errors.
 */
export function parseCsv(text: string, path: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let position = 0;
  while (position < text.length) {
    let value: string;
    if (text.charCodeAt(position) === 34) {
      ({ value, position } = readQuotedField(text, position, path, line));
      for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) line += 1;
    } else {
      const start = position;
      while (position < text.length && !isDelimiter(text.charCodeAt(position))) position += 1;
      value = text.slice(start, position);
    }
    fields.push(value);

    const delimiter = text.charCodeAt(position);
    if (delimiter === COMMA) {
      position += 1;
      // "a,b," ends with an empty field that the loop would never start.
      if (position === text.length) fields.push('');
      continue;
    }
    if (delimiter === CARRIAGE_RETURN) position += 1;
    if (text.charCodeAt(position) === LINE_FEED) position += 1;
    records.push({ fields, line: recordLine });
    fields = [];
    line += 1;
    recordLine = line;
  }
  if (fields.length > 0) records.push({ fields, line: recordLine });
  return records;
}

function isDelimiter(code: number): boolean {
  return code === COMMA || code === LINE_FEED || code === CARRIAGE_RETURN;
}

/** Reads the quoted field that opens at `start`; returns its value and the position after its closing quote. */
function readQuotedField(
  text: string,
  start: number,
  path: string,
  line: number,
): { value: string; position: number } {
  const parts: string[] = [];
  let position = start + 1;
  for (;;) {
    const quote = text.indexOf('"', position);
    if (quote === -1)
      throw new CorpusFormatError('CORPUS_CSV_QUOTE', path, line, 'a quoted field never closes');
    parts.push(text.slice(position, quote));
    if (text.charCodeAt(quote + 1) === 34) {
      parts.push('"');
      position = quote + 2;
      continue;
    }
    position = quote + 1;
    break;
  }
  if (position < text.length && !isDelimiter(text.charCodeAt(position))) {
    throw new CorpusFormatError('CORPUS_CSV_QUOTE', path, line, 'text follows the closing quote of a field');
  }
  return { value: parts.join(''), position };
}
