import type { Command } from 'commander';
import { toAnnotatedJson } from '../../document/to-annotated-json.js';
import { formatRejection } from '../../ingest/input-error.js';
import { analyzeInputs } from '../../operations/analyze-inputs.js';
import { defaultPipeline, openWorkerPool } from '../../system.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-code.js';
import { formatArticle } from '../format-article.js';
import { workersOption } from './workers-option.js';

export function registerAnalyzeCommand(program: Command, context: CliContext): void {
  program
    .command('analyze')
    .description('analyse articles without a database; with --json, one annotated article per line')
    .argument('<files...>', 'article files or folders, or - for standard input')
    .option('--json', 'print the annotated-article JSON, one object per line, in argument order')
    .addOption(workersOption())
    .action(async (files: string[], flags: { json?: boolean; workers: number }) => {
      const analysis = {
        pipeline: defaultPipeline(),
        ...(flags.workers > 1 ? { pool: openWorkerPool(flags.workers) } : {}),
      };
      let rejected = 0;
      try {
        for await (const outcome of analyzeInputs(files, analysis, { stdin: context.stdin })) {
          if ('rejection' in outcome) {
            rejected++;
            context.output.err(`rejected ${formatRejection(outcome.rejection)}`);
          } else if (flags.json) {
            context.output.out(JSON.stringify(toAnnotatedJson(outcome.article)));
          } else {
            context.output.out(formatArticle(outcome.article, context.output));
          }
        }
      } finally {
        await analysis.pool?.close();
      }
      context.exit(rejected > 0 ? ExitCode.rejected : ExitCode.ok);
    });
}
