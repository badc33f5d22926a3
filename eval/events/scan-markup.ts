/** One piece of a markup file: a start tag, an end tag, or the text between tags (entities decoded). */
export type MarkupToken =
  | { kind: 'open'; name: string; attributes: Record<string, string>; isSelfClosing: boolean; line: number }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string; line: number };

/** Something the scanner had to guess about, with its 1-based line. */
export interface MarkupProblem {
  line: number;
  message: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ATTRIBUTE = /^\s*([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * Splits markup into tags and text, for the PETRARCH validation files, which are XML-like but not
 * always well-formed: PETR2_GSR_validation.xml closes `<Sentence .../>` tags again with `</Sentence>`
 * and leaves others open. So this reads tags one by one and leaves nesting to the caller. Comments
 * (`<!-- ... -->`, across lines), the XML declaration and `<!DOCTYPE>` are dropped; CDATA is text.
 * Only the five predefined entities and character references are decoded (no entity expansion:
 * an unknown `&name;` stays as written). Attribute values may be spaced (`date = "20080804"`).
 */
export function scanMarkup(source: string): { tokens: MarkupToken[]; problems: MarkupProblem[] } {
  const tokens: MarkupToken[] = [];
  const problems: MarkupProblem[] = [];
  let at = 0;
  let line = 1;
  const advanceTo = (end: number) => {
    for (let i = at; i < end; i++) if (source.charCodeAt(i) === 10) line++;
    at = end;
  };
  while (at < source.length) {
    const lt = source.indexOf('<', at);
    if (lt !== at) {
      const end = lt === -1 ? source.length : lt;
      const text = source.slice(at, end);
      tokens.push({ kind: 'text', text: decodeEntities(text), line });
      advanceTo(end);
      continue;
    }
    const startLine = line;
    const skipTo = (terminator: string, what: string) => {
      const end = source.indexOf(terminator, at);
      if (end === -1) {
        problems.push({ line: startLine, message: `${what} is not closed: the rest of the file is skipped` });
        advanceTo(source.length);
      } else {
        advanceTo(end + terminator.length);
      }
    };
    if (source.startsWith('<!--', at)) {
      skipTo('-->', 'a comment');
    } else if (source.startsWith('<![CDATA[', at)) {
      const end = source.indexOf(']]>', at);
      const stop = end === -1 ? source.length : end;
      tokens.push({ kind: 'text', text: source.slice(at + 9, stop), line });
      if (end === -1) problems.push({ line, message: 'a CDATA section is not closed' });
      advanceTo(end === -1 ? source.length : end + 3);
    } else if (source.startsWith('<?', at)) {
      skipTo('?>', 'a processing instruction');
    } else if (source.startsWith('<!', at)) {
      skipTo('>', 'a declaration');
    } else {
      const end = source.indexOf('>', at);
      if (end === -1) {
        problems.push({ line, message: 'a tag is not closed: the rest of the file is skipped' });
        advanceTo(source.length);
        continue;
      }
      const token = readTag(source.slice(at + 1, end), line);
      if ('message' in token) problems.push(token);
      else tokens.push(token);
      advanceTo(end + 1);
    }
  }
  return { tokens, problems };
}

function readTag(inside: string, line: number): MarkupToken | MarkupProblem {
  if (inside.startsWith('/')) {
    const name = NAME.exec(inside.slice(1).trim())?.[0];
    return name ? { kind: 'close', name, line } : { line, message: `unreadable end tag "<${inside}>"` };
  }
  const name = NAME.exec(inside)?.[0];
  if (!name) return { line, message: `unreadable tag "<${inside}>"` };
  const isSelfClosing = inside.trimEnd().endsWith('/');
  let rest = inside.slice(name.length, isSelfClosing ? inside.lastIndexOf('/') : undefined);
  const attributes: Record<string, string> = {};
  for (let match = ATTRIBUTE.exec(rest); match; match = ATTRIBUTE.exec(rest)) {
    attributes[match[1] as string] = decodeEntities(match[2] ?? match[3] ?? '');
    rest = rest.slice(match[0].length);
  }
  if (rest.trim() !== '') return { line, message: `unreadable attributes "${rest.trim()}" in <${name}>` };
  return { kind: 'open', name, attributes, isSelfClosing, line };
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, (written, name: string) => {
    if (name.startsWith('#')) {
      const codePoint = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : written;
    }
    return PREDEFINED_ENTITIES[name] ?? written;
  });
}
