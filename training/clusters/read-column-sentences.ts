import type { TextFormat } from './text-format.js';

type ColumnFormat = Exclude<TextFormat, 'gmb'>;

/**
 * The words of a one-token-per-line corpus with a blank line after each sentence: CoNLL-2003
 * (`token POS chunk NER`, `-DOCSTART-` lines), UNER .iob2 (`index<TAB>token<TAB>tag...`, `# ` comment
 * lines) or WikiANN (`en:token<TAB>tag`).
 */
export function readColumnSentences(format: ColumnFormat, text: string): string[][] {
  const sentences: string[][] = [];
  let words: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (words.length > 0) sentences.push(words);
      words = [];
      continue;
    }
    const word = wordOf(format, line);
    if (word !== undefined && word !== '') words.push(word);
  }
  if (words.length > 0) sentences.push(words);
  return sentences;
}

function wordOf(format: ColumnFormat, line: string): string | undefined {
  if (format === 'conll') {
    const word = line.split(' ', 1)[0];
    return word === '-DOCSTART-' ? undefined : word;
  }
  if (format === 'uner') return line.startsWith('# ') ? undefined : line.split('\t', 3)[1];
  const word = line.split('\t', 1)[0] ?? '';
  return word.slice(word.indexOf(':') + 1);
}
