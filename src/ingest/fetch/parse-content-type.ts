/**
 * The media type (lower case, without parameters) and the charset of a `Content-Type` header:
 * `text/html; charset="UTF-8"` gives `text/html` and `utf-8`.
 */
export function parseContentType(header: string | undefined): { contentType?: string; charset?: string } {
  if (!header) return {};
  const [type = '', ...parameters] = header.split(';');
  const result: { contentType?: string; charset?: string } = {};
  const contentType = type.trim().toLowerCase();
  if (contentType) result.contentType = contentType;
  for (const parameter of parameters) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(parameter);
    if (match?.[1]) result.charset = match[1].toLowerCase();
  }
  return result;
}
