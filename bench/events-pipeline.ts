import type { LayerName } from '../src/document/annotations.js';
import { createPipeline, type Pipeline } from '../src/pipeline/create-pipeline.js';
import { defaultPipeline } from '../src/system.js';

/**
 * "The analysis so far (sentences to events)" whose speed the events issue sets a floor for: the
 * stages of the default pipeline that the events stage needs, directly or through another stage,
 * and the events stage itself. Quotes, tone and duplicates came later and are left out; the whole
 * pipeline has its own figure. A worker thread builds it by name, so it is a module's export.
 */
export function eventsPipeline(): Pipeline {
  const { stages } = defaultPipeline();
  const needed = new Set<LayerName>(['events']);
  const kept = [...stages].reverse().filter((stage) => {
    if (!stage.produces.some((layer: LayerName) => needed.has(layer))) return false;
    for (const layer of stage.requires as LayerName[]) needed.add(layer);
    return true;
  });
  return createPipeline(kept.reverse());
}
