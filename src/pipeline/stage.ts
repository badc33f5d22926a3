import type { AnnotatedArticle, Annotations, LayerName } from '../document/annotations.js';
import type { Diagnostic } from '../document/diagnostic.js';

/** What a stage returns: the layers it declared, and any problems it found in this article. */
export type StageOutput<Produces extends keyof Annotations> = Pick<Annotations, Produces> & {
  diagnostics?: Diagnostic[];
};

/**
 * One step of analysis. It declares the layers it reads and the layers it adds, so that a
 * pipeline can check its order when it is built; `run` must not mutate the article.
 */
export interface Stage<
  Requires extends LayerName = LayerName,
  Produces extends keyof Annotations = keyof Annotations,
> {
  name: string;
  version: string;
  requires: readonly Requires[];
  produces: readonly Produces[];
  run(
    article: AnnotatedArticle & Pick<Annotations, Extract<Requires, keyof Annotations>>,
  ): StageOutput<Produces>;
}

// biome-ignore lint/suspicious/noExplicitAny: a pipeline holds stages of every signature.
export type AnyStage = Stage<any, any>;
