import { readFileSync } from 'node:fs';
import type { NameTable } from './name-table.js';
import { parseCsvLine } from './parse-csv-line.js';

const PERSON_COLUMN = 3;

// "Imperador Meiji": Portuguese labels put the title first; English news writes "Emperor Meiji" or "Meiji".
const PORTUGUESE_TITLE = /^(?:Imperador|Imperatriz|Rei|Rainha|Príncipe|Princesa|Sultão|Xeque)\s+/u;

/**
 * Adds the heads of state and government of `leaders_history.csv` (Wikidata labels, often the
 * Portuguese ones). Labels are trimmed to the name: "Abdullah II da Jordânia" -> "Abdullah II",
 * "Alberto I, Príncipe do Mónaco" -> "Alberto I", "Antônio Grimaldi (1697-1784)" -> "Antônio
 * Grimaldi", "President Robert L. Booth" -> "Robert L. Booth". Popes ("Papa Francisco") are skipped: their Portuguese names are not what English
 * news writes.
 */
export function addWikidataHeads(table: NameTable, csvPath: string, titleWords: ReadonlySet<string>): void {
  const lines = readFileSync(csvPath, 'utf8').split(/\r?\n/).slice(1);
  for (const line of lines) {
    const label = parseCsvLine(line)[PERSON_COLUMN]?.trim();
    if (!label || /^(?:Q\d+|https?:)/.test(label) || label.startsWith('Papa ')) continue;
    const name = label
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/,.*$/, '')
      .replace(/^(.*?\s[IVXL]+)\s+(?:de|do|da|dos|das|of)\s.*$/u, '$1')
      .replace(PORTUGUESE_TITLE, '');
    table.add(withoutLeadingTitles(name, titleWords), 'person');
  }
}

function withoutLeadingTitles(name: string, titleWords: ReadonlySet<string>): string {
  const words = name.split(' ');
  // "Sultan bin Ahmad" keeps its first word: there it is a name.
  while (
    words.length > 1 &&
    titleWords.has(words[0]?.toLowerCase() ?? '') &&
    /^\p{Lu}/u.test(words[1] ?? '')
  ) {
    words.shift();
  }
  return words.join(' ');
}
