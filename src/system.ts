import { createPipeline, type Pipeline } from './pipeline/create-pipeline.js';
import { actorsStage } from './stages/actors/actors-stage.js';
import { coreferenceStage } from './stages/coreference/coreference-stage.js';
import { entitiesStage } from './stages/entities/entities-stage.js';
import { eventsStage } from './stages/events/events-stage.js';
import { sentencesStage } from './stages/sentences/sentences-stage.js';
import { tokensStage } from './stages/tokens/tokens-stage.js';
import { SqliteStore, type SqliteStoreOptions } from './store/sqlite/sqlite-store.js';
import type { Store } from './store/store.js';

/** Where the database is when none is named. */
export const DEFAULT_DB = './newsgraph.db';

/** The composition root: the one place that picks concrete stores and stages. */
export function openStore(db: string = DEFAULT_DB, options: SqliteStoreOptions = {}): Store {
  return new SqliteStore(db, options);
}

export function defaultPipeline(): Pipeline {
  return createPipeline([
    tokensStage,
    sentencesStage,
    entitiesStage,
    coreferenceStage,
    actorsStage,
    eventsStage,
  ]);
}
