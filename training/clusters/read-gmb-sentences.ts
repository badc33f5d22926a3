import { ClusterBuildError } from './cluster-build-error.js';

/**
 * The words of the GMB Kaggle extract (`Sentence #,Word,POS,Tag`, already decoded): a row whose first
 * field is set (`Sentence: 12`) starts a sentence.
 */
export function readGmbSentences(path: string, text: string): string[][] {
  const sentences: string[][] = [];
  let words: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] as string;
    if (line === '') continue;
    const [marker, word] = csvFields(line, path, index + 1);
    if (marker !== '' && words.length > 0) {
      sentences.push(words);
      words = [];
    }
    if (word !== undefined && word !== '') words.push(word);
  }
  if (words.length > 0) sentences.push(words);
  return sentences;
}

/** The first two fields of a CSV row; quoted fields use `""` for a quote, and no field spans lines. */
function csvFields(line: string, path: string, lineNumber: number): [string, string | undefined] {
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 2 && at <= line.length) {
    if (line[at] === '"') {
      let value = '';
      let from = at + 1;
      for (;;) {
        const quote = line.indexOf('"', from);
        if (quote < 0) throw new ClusterBuildError('CSV_QUOTE', `${path}:${lineNumber}: unclosed quote`);
        value += line.slice(from, quote);
        if (line[quote + 1] !== '"') {
          at = quote + 2;
          break;
        }
        value += '"';
        from = quote + 2;
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(',', at);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(at, end));
      at = end + 1;
    }
  }
  return [fields[0] ?? '', fields[1]];
}
