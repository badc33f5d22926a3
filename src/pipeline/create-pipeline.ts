import type { BaseLayer, LayerName } from '../document/annotations.js';
import { NewsgraphError } from '../errors.js';
import type { AnyStage } from './stage.js';

export const BASE_LAYERS: readonly BaseLayer[] = ['text', 'paragraphs'];

export interface Pipeline {
  readonly stages: readonly AnyStage[];
}

/**
 * Checks that every stage's requirements are produced by an earlier stage (or are part of
 * every article), so that a wrong order fails here and not on the ten-thousandth article.
 */
export function createPipeline(stages: readonly AnyStage[]): Pipeline {
  const available = new Set<LayerName>(BASE_LAYERS);
  const producers = new Map<LayerName, string>();
  for (const stage of stages) {
    const missing = stage.requires.filter((layer: LayerName) => !available.has(layer));
    if (missing.length > 0) {
      const later = missing.map((layer: LayerName) => {
        const producer = stages.find((other) => other.produces.includes(layer));
        return producer
          ? `"${layer}" (produced by the later stage "${producer.name}")`
          : `"${layer}" (no stage produces it)`;
      });
      throw new NewsgraphError('PIPELINE_ORDER', `stage "${stage.name}" requires ${later.join(' and ')}`);
    }
    for (const layer of stage.produces as LayerName[]) {
      const earlier = producers.get(layer);
      if (earlier) {
        throw new NewsgraphError(
          'PIPELINE_ORDER',
          `stages "${earlier}" and "${stage.name}" both produce "${layer}"`,
        );
      }
      producers.set(layer, stage.name);
      available.add(layer);
    }
  }
  return { stages: [...stages] };
}
