import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../input-error.js';
import type { XmlElement } from './xml-element.js';

export interface XmlDocument {
  /** The root element's name as written (`rss`, `rdf:RDF`, `feed`, `opml`). */
  rootName: string;
  root: XmlElement;
  /** Why the document is not well-formed XML, when it is not but could still be read. */
  malformed?: { line: number; message: string };
}

/**
 * Elements whose content is kept as written, for `elementHtml` to read: they may hold escaped
 * HTML, CDATA, or XHTML markup that the parser would otherwise split into child elements.
 */
const RAW_ELEMENTS = ['description', 'content:encoded', 'content', 'summary'];

const options = {
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  alwaysCreateTextNode: true,
  // Sloppy feeds use `&nbsp;` and friends without declaring them; numeric references need this too.
  htmlEntities: true,
  isArray: (_name: string, _path: unknown, _isLeaf: boolean, isAttribute: boolean) => !isAttribute,
} as const;

const parser = new XMLParser({ ...options, stopNodes: RAW_ELEMENTS.map((name) => `*.${name}`) });
const valueParser = new XMLParser(options);

/**
 * Parses a feed or OPML document with fast-xml-parser. A DOCTYPE with an internal subset (where
 * entities are declared: XXE, billion laughs) is refused before parsing; feeds never need one.
 * Standard and numeric entities are decoded. Documents that are not quite well-formed (a bare `&`,
 * a mistyped closing tag) are read leniently, as real feeds need, and say so in `malformed`.
 */
export function parseXml(text: string): XmlDocument {
  refuseInternalSubset(text);
  let parsed: XmlElement;
  try {
    parsed = parser.parse(text) as XmlElement;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const malformed = validate(text);
    throw new InputError(
      `not well-formed XML: ${malformed?.message ?? reason}`,
      malformed ? { line: malformed.line } : {},
    );
  }
  const rootName = Object.keys(parsed).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  const root = rootName === undefined ? undefined : firstOf(parsed[rootName]);
  if (rootName === undefined || root === undefined) {
    const malformed = validate(text);
    throw new InputError(
      malformed ? `not well-formed XML: ${malformed.message}` : 'no XML element found',
      malformed ? { line: malformed.line } : {},
    );
  }
  const malformed = validate(text);
  return malformed ? { rootName, root, malformed } : { rootName, root };
}

/**
 * The HTML or text inside a raw element (see `RAW_ELEMENTS`): escaped HTML and CDATA come back
 * decoded; XHTML markup comes back as it was written, for an HTML parser to read.
 */
export function rawElementText(raw: string): string {
  const withoutCdata = raw.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  if (withoutCdata.includes('<')) return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').trim();
  if (!raw.includes('&') && !raw.includes('<')) return raw.trim();
  const value = valueParser.parse(`<v>${raw}</v>`) as XmlElement;
  const text = firstOf(value.v)?.['#text'];
  return typeof text === 'string' ? text : '';
}

function firstOf(value: unknown): XmlElement | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first !== null && typeof first === 'object' ? (first as XmlElement) : undefined;
}

function validate(text: string): { line: number; message: string } | undefined {
  const result = XMLValidator.validate(text);
  return result === true ? undefined : { line: result.err.line, message: result.err.msg };
}

/**
 * Refuses any `<!DOCTYPE … [ … ]>` outside CDATA sections and comments, wherever it stands:
 * fast-xml-parser reads a DOCTYPE found after the root element too. One linear scan.
 */
function refuseInternalSubset(text: string): void {
  let at = text.indexOf('<!');
  while (at >= 0) {
    if (text.startsWith('<![CDATA[', at)) at = endOf(text, ']]>', at);
    else if (text.startsWith('<!--', at)) at = endOf(text, '-->', at);
    else if (text.slice(at, at + DOCTYPE.length).toUpperCase() === DOCTYPE) {
      const subset = internalSubsetAt(text, at);
      if (subset >= 0) {
        const declaresEntities = /<!ENTITY/.test(text.slice(subset, subset + 100_000));
        throw new InputError(
          declaresEntities
            ? 'XML declares entities in its DOCTYPE; they are not expanded (XXE, billion laughs), so the document is refused'
            : 'XML has an internal DTD subset in its DOCTYPE; feeds need none, so the document is refused',
          { line: lineAt(text, at) },
        );
      }
      at += DOCTYPE.length;
    } else at += 2;
    at = at < 0 ? -1 : text.indexOf('<!', at);
  }
}

const DOCTYPE = '<!DOCTYPE';

/**
 * Where a DOCTYPE's `[` is, or -1 when it closes without one. Quoted identifiers are skipped; one
 * that never closes counts as a subset, since a parser may read past it differently.
 */
function internalSubsetAt(text: string, doctype: number): number {
  let quote = '';
  for (let index = doctype + DOCTYPE.length; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[') return index;
    else if (char === '>') return -1;
  }
  return doctype;
}

function endOf(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  return end < 0 ? -1 : end + terminator.length;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
  }
  return line;
}
