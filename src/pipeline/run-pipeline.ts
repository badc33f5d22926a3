import { performance } from 'node:perf_hooks';
import type { AnnotatedArticle, LayerName, StageRun } from '../document/annotations.js';
import type { Article } from '../document/article.js';
import type { Diagnostic } from '../document/diagnostic.js';
import type { Pipeline } from './create-pipeline.js';
import type { AnyStage } from './stage.js';

/**
 * Runs every stage on one article. A stage that throws fails for this article only: the
 * failure becomes an error diagnostic, and the stages that needed its layers are skipped.
 */
export function runPipeline(pipeline: Pipeline, article: Article): AnnotatedArticle {
  const annotated: AnnotatedArticle = { ...article, diagnostics: [...article.diagnostics], stages: [] };
  const record = annotated as unknown as Record<string, unknown>;
  for (const stage of pipeline.stages) {
    const missing = stage.requires.filter((layer: LayerName) => record[layer] === undefined);
    if (missing.length > 0) {
      annotated.stages.push(stageRun(stage, 'skipped', 0));
      annotated.diagnostics.push(
        stageDiagnostic(stage, 'warning', 'stage-skipped', `skipped: ${missing.join(', ')} missing`),
      );
      continue;
    }
    const startedAt = performance.now();
    try {
      const output = stage.run(annotated);
      for (const layer of stage.produces as string[]) {
        const value = (output as Record<string, unknown>)[layer];
        if (value === undefined) throw new Error(`did not produce "${layer}"`);
        record[layer] = value;
      }
      for (const diagnostic of output.diagnostics ?? [])
        annotated.diagnostics.push({ ...diagnostic, stage: stage.name });
      annotated.stages.push(stageRun(stage, 'ok', performance.now() - startedAt));
    } catch (error) {
      annotated.stages.push(stageRun(stage, 'failed', performance.now() - startedAt));
      const reason = error instanceof Error ? error.message : String(error);
      annotated.diagnostics.push(stageDiagnostic(stage, 'error', 'stage-failed', `failed: ${reason}`));
    }
  }
  return annotated;
}

function stageRun(stage: AnyStage, status: StageRun['status'], ms: number): StageRun {
  return { name: stage.name, version: stage.version, status, ms: Math.round(ms * 1000) / 1000 };
}

function stageDiagnostic(
  stage: AnyStage,
  severity: Diagnostic['severity'],
  code: string,
  message: string,
): Diagnostic {
  return { severity, code, message: `stage ${stage.name}@${stage.version} ${message}`, stage: stage.name };
}
