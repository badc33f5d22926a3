import type { RobotsRules } from './parse-robots.js';

/**
 * Whether robots rules allow a path (with its query), per RFC 9309: the rule with the longest
 * pattern that matches wins, Allow over Disallow when they are as long, and no matching rule
 * means allowed. `/robots.txt` itself is always allowed.
 */
export function robotsAllows(robots: RobotsRules, pathAndQuery: string): boolean {
  const path = normalizePercentEncoding(pathAndQuery);
  if (path === '/robots.txt') return true;
  let best: { allow: boolean; length: number } | undefined;
  for (const rule of robots.rules) {
    const pattern = normalizePercentEncoding(rule.pattern);
    if (!matchesPattern(pattern, path)) continue;
    if (
      best === undefined ||
      pattern.length > best.length ||
      (pattern.length === best.length && rule.allow && !best.allow)
    ) {
      best = { allow: rule.allow, length: pattern.length };
    }
  }
  return best?.allow ?? true;
}

/**
 * Brings a pattern and a path to one spelling before they are compared (RFC 9309, 2.2.2):
 * non-ASCII characters percent-encoded as UTF-8, escapes of unreserved characters decoded
 * (`%62` is `b`), and the hex digits of the remaining escapes upper-cased.
 */
function normalizePercentEncoding(text: string): string {
  return text
    .replace(/[\u0080-\uffff]+/g, (characters) => encodeURIComponent(characters))
    .replace(/%([0-9A-Fa-f]{2})/g, (sequence, hex: string) => {
      const character = String.fromCharCode(Number.parseInt(hex, 16));
      return /[A-Za-z0-9\-._~]/.test(character) ? character : sequence.toUpperCase();
    });
}

/**
 * Whether `pattern` matches the start of `path`, or all of it when the pattern ends in `$`.
 * `*` matches any run of characters. A scan that remembers the last `*` rather than a regular
 * expression, so a pattern full of `*` cannot make matching take exponential time.
 */
function matchesPattern(pattern: string, path: string): boolean {
  const isAnchored = pattern.endsWith('$');
  // An unanchored pattern matches a prefix: the same as the pattern followed by `*`.
  const wanted = isAnchored ? pattern.slice(0, -1) : `${pattern}*`;
  let patternIndex = 0;
  let pathIndex = 0;
  let starIndex = -1;
  let resumeIndex = 0;
  while (pathIndex < path.length) {
    const character = wanted[patternIndex];
    if (character === '*') {
      starIndex = patternIndex++;
      resumeIndex = pathIndex;
    } else if (character !== undefined && character === path[pathIndex]) {
      patternIndex++;
      pathIndex++;
    } else if (starIndex >= 0) {
      patternIndex = starIndex + 1;
      pathIndex = ++resumeIndex;
    } else {
      return false;
    }
  }
  while (wanted[patternIndex] === '*') patternIndex++;
  return patternIndex === wanted.length;
}
