import { type MarkupProblem, scanMarkup } from './scan-markup.js';

/** One expected event of a validation record, its codes as written. */
export interface ExpectedEvent {
  sourceCode: string;
  targetCode: string;
  eventCode: string;
}

/** One `<Sentence>` of a PETRARCH validation file. */
export interface ValidationRecord {
  id: string;
  category: string;
  /** As written: `YYYYMMDD`, or `YYMMDD` in older records. */
  date: string;
  /** 1-based line of the `<Sentence>` tag. */
  line: number;
  /** All attributes of the `<Sentence>` tag (`evaluate`, `valid`, `source`, ...). */
  attributes: Readonly<Record<string, string>>;
  /** The `<Text>`, its lines joined by single spaces and trimmed; '' when it is empty or missing. */
  text: string;
  expected: ExpectedEvent[];
  /** An `<EventCoding noevents="True">`: the coder should find nothing. */
  expectsNoEvents: boolean;
  /** An `<EventCoding error="...">`: the coder should fail with this error. */
  expectedError: string | undefined;
  /** The coder options (`<Config option value>`) in force for this record, from the file so far. */
  options: Readonly<Record<string, string>>;
}

/** A PETRARCH validation file: the categories to run (`<Include>`) and its records in file order. */
export interface ValidationFile {
  /** The words of `<Include>` ("valid AFP TEST ..."); empty when the file has none. */
  include: string[];
  records: ValidationRecord[];
  problems: MarkupProblem[];
}

/**
 * Reads a PETRARCH or UniversalPetrarch validation file (`PETR.UnitTest.records.xml`,
 * `PETR2_GSR_validation.xml`, `GigaWord.sample.PETR.xml`). Records are read flat, as PETRARCH's own
 * validation script reads them line by line: a `<Sentence>` tag, closed or not, starts a record that
 * takes the `<EventCoding>` and `<Text>` tags after it until `</Sentence>` or the next `<Sentence>`.
 * `<Parse>` is ignored: newsgraph codes from the raw text. `<Config>` tags change the options of the
 * records after them.
 */
export function readValidationFile(source: string): ValidationFile {
  const { tokens, problems } = scanMarkup(source);
  const records: ValidationRecord[] = [];
  const options: Record<string, string> = {};
  let include: string[] = [];
  let record: ValidationRecord | undefined;
  /** The element whose text is being collected, and the text so far. */
  let collecting: { name: 'Text' | 'Include'; parts: string[]; line: number } | undefined;

  const finishCollecting = () => {
    if (!collecting) return;
    const text = collecting.parts.join('').replace(/\s+/g, ' ').trim();
    if (collecting.name === 'Include') include = text === '' ? [] : text.split(' ');
    else if (record) {
      if (record.text !== '')
        problems.push({ line: collecting.line, message: `${record.id} has two <Text>` });
      record.text = text;
    }
    collecting = undefined;
  };

  for (const token of tokens) {
    if (token.kind === 'text') {
      collecting?.parts.push(token.text);
      continue;
    }
    if (token.kind === 'close') {
      if (collecting && token.name === collecting.name) finishCollecting();
      else if (token.name === 'Sentence' || token.name === 'Sentences') record = undefined;
      continue;
    }
    if (collecting) {
      problems.push({ line: token.line, message: `<${token.name}> inside <${collecting.name}>: ignored` });
      continue;
    }
    const { name, attributes } = token;
    if (name === 'Sentence') {
      record = {
        id: attributes.id ?? `line-${token.line}`,
        category: attributes.category ?? '',
        date: attributes.date ?? '',
        line: token.line,
        attributes,
        text: '',
        expected: [],
        expectsNoEvents: false,
        expectedError: undefined,
        options: { ...options },
      };
      records.push(record);
    } else if (name === 'Config') {
      if (attributes.option !== undefined) options[attributes.option] = attributes.value ?? '';
    } else if (name === 'EventCoding') {
      if (!record) {
        problems.push({ line: token.line, message: '<EventCoding> outside a <Sentence>: ignored' });
      } else if (attributes.noevents !== undefined) {
        record.expectsNoEvents = attributes.noevents.toLowerCase() === 'true';
      } else if (attributes.error !== undefined) {
        record.expectedError = attributes.error;
      } else {
        record.expected.push({
          sourceCode: attributes.sourcecode ?? '',
          targetCode: attributes.targetcode ?? '',
          eventCode: attributes.eventcode ?? '',
        });
      }
    } else if ((name === 'Text' && record) || name === 'Include') {
      if (!token.isSelfClosing) collecting = { name, parts: [], line: token.line };
    }
  }
  if (collecting) problems.push({ line: collecting.line, message: `<${collecting.name}> is not closed` });
  return { include, records, problems };
}
