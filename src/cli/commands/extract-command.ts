import type { Command } from 'commander';
import type { ExtractedPage } from '../../ingest/html/extract-page.js';
import { extractPages } from '../../operations/extract-pages.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { bold } from '../output.js';

interface ExtractFlags {
  url?: string;
  json?: boolean;
}

export function registerExtractCommand(program: Command, context: CliContext): void {
  program
    .command('extract')
    .description('read the article (main text and metadata) out of HTML pages, without storing it')
    .argument('<files...>', 'HTML files (.html, .html.gz), or - for standard input')
    .option('--url <url>', "the pages' address, for their relative links")
    .option('--json', 'one JSON line per file, in the order given')
    .action(async (files: string[], flags: ExtractFlags) => {
      let failed = 0;
      const options = { stdin: context.stdin, ...(flags.url ? { url: flags.url } : {}) };
      for await (const outcome of extractPages(files, options)) {
        if ('error' in outcome) {
          failed++;
          if (flags.json) context.output.out(JSON.stringify({ file: outcome.file, error: outcome.error }));
          context.output.err(`${outcome.file}: ${outcome.error}`);
        } else if (flags.json) {
          context.output.out(JSON.stringify(pageJson(outcome.file, outcome.page)));
        } else {
          context.output.out(formatPage(outcome.file, outcome.page, context));
        }
      }
      context.exit(failed > 0 ? ExitCode.rejected : ExitCode.ok);
    });
}

function pageJson(file: string, page: ExtractedPage) {
  return {
    file,
    title: page.title,
    publishedAt: page.publishedAt ?? null,
    authors: page.authors,
    lede: page.lede ?? null,
    image: page.image ?? null,
    url: page.url ?? null,
    siteName: page.siteName ?? null,
    language: page.language ?? null,
    body: page.paragraphs.join('\n\n'),
  };
}

function formatPage(file: string, page: ExtractedPage, context: CliContext): string {
  const facts = [
    ['date', page.publishedAt],
    ['by', page.authors.join(', ')],
    ['site', page.siteName],
    ['url', page.url],
    ['language', page.language],
    ['image', page.image],
  ].filter(([, value]) => value);
  return [
    `${bold(page.title || '(no title)', context.output)}  [${file}]`,
    ...facts.map(([label, value]) => `${label}: ${value}`),
    ...(page.lede ? ['', page.lede] : []),
    '',
    ...page.paragraphs.flatMap((paragraph) => [paragraph, '']),
  ].join('\n');
}
