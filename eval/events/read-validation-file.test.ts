import { describe, expect, it } from 'vitest';
import { readValidationFile } from './read-validation-file.js';

// The shape of PETR2_GSR_validation.xml: `<Sentence .../>` closed at once, then closed again or not.
const GSR = `<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a prose header outside any element
<Environment>
    <Include>valid AFP TEST </Include>
</Environment>
<Sentences>
<Sentence category="AFP" date="20080806" id="A_1" evaluate="true"/>
<EventCoding eventcode="031" sourcecode="BRA" targetcode="USA" />
<EventCoding eventcode="031" sourcecode="USA" targetcode="BRA" />
<Text>
Brazil and the United States
are seeking to deepen a partnership.
</Text>
<Parse>
1	Brazil	Brazil	PROPN	NNP	_	7	nsubj	_	_
</Parse>
</Sentence>
<Sentence category="TEST" date="121108" id="T_2" evaluate="false">
<!-- a note -->
<EventCoding noevents="True" />
<Text>
Nothing happened.
</Text>
<Sentence category="TEST" date="20150609" id="T_3" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="---REB" targetcode="SYR" />
<Text>
</Text>
</Sentences>
</Validation>`;

// The shape of PETR.UnitTest.records.xml: well-formed, with <Config> between records.
const UNIT_TEST = `<Validation>
<Environment>
    <Include>valid DEMO</Include>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor is about to restore full diplomatic ties with Gondor.</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="19950104" id="ERROR-01" category="ERROR" sentence="true">
<EventCoding error="too long"></EventCoding>
<Text>Arnor &amp; Gondor.</Text>
</Sentence>
</Sentences>
</Validation>`;

describe('readValidationFile', () => {
  it('reads the <Include> words', () => {
    expect(readValidationFile(GSR).include).toEqual(['valid', 'AFP', 'TEST']);
  });

  it('reads each record with its attributes, events and text joined into one line', () => {
    const [first] = readValidationFile(GSR).records;
    expect(first).toMatchObject({
      id: 'A_1',
      category: 'AFP',
      date: '20080806',
      line: 8,
      attributes: { evaluate: 'true' },
      text: 'Brazil and the United States are seeking to deepen a partnership.',
      expected: [
        { sourceCode: 'BRA', targetCode: 'USA', eventCode: '031' },
        { sourceCode: 'USA', targetCode: 'BRA', eventCode: '031' },
      ],
      expectsNoEvents: false,
      expectedError: undefined,
    });
  });

  it('ends a record left open at the next <Sentence>', () => {
    const records = readValidationFile(GSR).records;
    expect(records.map((record) => record.id)).toEqual(['A_1', 'T_2', 'T_3']);
    expect(records[1]).toMatchObject({ text: 'Nothing happened.', expectsNoEvents: true, expected: [] });
    expect(records[2]?.expected).toEqual([{ sourceCode: '---REB', targetCode: 'SYR', eventCode: '190' }]);
  });

  it('gives an empty <Text> as an empty string', () => {
    expect(readValidationFile(GSR).records[2]?.text).toBe('');
  });

  it('gives each record the <Config> options set before it', () => {
    const records = readValidationFile(UNIT_TEST).records;
    expect(records[0]?.options).toEqual({ stop_on_error: 'True' });
    expect(records[1]?.options).toEqual({ stop_on_error: 'True', require_dyad: 'false' });
  });

  it('reads an expected error and decodes entities in the text', () => {
    expect(readValidationFile(UNIT_TEST).records[1]).toMatchObject({
      expectedError: 'too long',
      text: 'Arnor & Gondor.',
    });
  });

  it('reports an <EventCoding> outside any record', () => {
    const { problems } = readValidationFile(
      '<Sentences><Sentence id="a"/></Sentence>\n<EventCoding eventcode="010"/></Sentences>',
    );
    expect(problems).toEqual([{ line: 2, message: '<EventCoding> outside a <Sentence>: ignored' }]);
  });
});
