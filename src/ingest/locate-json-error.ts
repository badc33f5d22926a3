/**
 * The offset at which `JSON.parse` gives up on `text`, which the messages of Node 20's V8 do not
 * always say. A prefix of valid JSON fails only for ending early; the shortest prefix that fails
 * for another reason ends at the bad character, and that is found by bisection.
 */
export function locateJsonError(text: string): number {
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (failsBefore(text.slice(0, middle))) bad = middle;
    else good = middle;
  }
  return bad - 1;
}

function failsBefore(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/end of JSON input|Unterminated string/.test(message)) return false;
    const position = /at position (\d+)/.exec(message);
    return !position || Number(position[1]) < prefix.length;
  }
}
