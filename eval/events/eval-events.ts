import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Actor, NewsEvent } from '../../src/document/annotations.js';
import { createPipeline, type Pipeline } from '../../src/pipeline/create-pipeline.js';
import type { AnyStage } from '../../src/pipeline/stage.js';
import { createActorsStage } from '../../src/stages/actors/actors-stage.js';
import { loadCameoCodes } from '../../src/stages/events/cameo-codes.js';
import { createEventsStage, eventsStage } from '../../src/stages/events/events-stage.js';
import { defaultPipeline } from '../../src/system.js';
import { codeRecord } from './code-record.js';
import { type CodeComparison, createCodeComparison } from './compare-codes.js';
import { compareRecord, formatRecord, type RecordComparison } from './format-record.js';
import { loadValidationDictionaries } from './load-validation-dictionaries.js';
import { readValidationFile, type ValidationRecord } from './read-validation-file.js';
import { type RecordSelection, recordSkipReason } from './record-skip-reason.js';
import { type EventScores, scoreEvents } from './score-events.js';

/**
 * `npm run eval:events [-- --json] [--verbose]`: newsgraph's events on the UniversalPetrarch GSR
 * sentences (precision, recall, F1 of (source country, target country, root) and of full codes) and
 * on the PETRARCH unit-test records that apply, coded with their own dictionaries. See README.md.
 */
const ROOT = join(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    data: { type: 'string', default: join(ROOT, '../shared/data') },
  },
});
const eventsData = join(values.data, 'events');
if (!existsSync(eventsData)) throw new Error(`no event data at ${eventsData}: pass --data ../shared/data`);
const log = (line: string) => process.stderr.write(`${line}\n`);
const metrics: Record<string, number> = {};
const cameoCodes = new Set(loadCameoCodes().codes.map((entry) => entry.code));
const countries = readCountryCodes(join(values.data, 'cameo/cameo_countries.tsv'));

interface RecordOutcome {
  record: ValidationRecord;
  actors: Actor[];
  events: NewsEvent[];
  compared: RecordComparison;
  failures: string[];
}

// --- UniversalPetrarch GSR: the shipped dictionaries, newsgraph's default pipeline ---
log('coding the UniversalPetrarch GSR sentences ...');
const gsrPath = join(eventsData, 'universalpetrarch-gsr/PETR2_GSR_validation.xml');
const defaultStages = defaultPipeline().stages;
const gsrPipeline = defaultStages.some((stage) => stage.produces.includes('events'))
  ? defaultPipeline()
  : createPipeline([...defaultStages, eventsStage]);
const gsr = runFile(gsrPath, gsrPipeline, createCodeComparison(countries), {});
const gsrCountry = scoreOf(gsr.outcomes, 'country');
const gsrFull = scoreOf(gsr.outcomes, 'full');
Object.assign(metrics, {
  'gsr.records': gsr.records,
  'gsr.used': gsr.outcomes.length,
  'gsr.goldEvents': gsrCountry.gold,
  'gsr.codedEvents': gsrCountry.predicted,
  'gsr.precision': round(gsrCountry.precision),
  'gsr.recall': round(gsrCountry.recall),
  'gsr.f1': round(gsrCountry.f1),
  'gsr.fullCodePrecision': round(gsrFull.precision),
  'gsr.fullCodeRecall': round(gsrFull.recall),
  'gsr.fullCodeF1': round(gsrFull.f1),
  'gsr.sentencesCorrect': gsr.outcomes.filter((outcome) => outcome.compared.isCorrect).length,
  'gsr.stageFailures': gsr.outcomes.filter((outcome) => outcome.failures.length > 0).length,
});

// --- PETRARCH validation records: their own actor, agent and verb dictionaries ---
log('coding the PETRARCH validation records with their own dictionaries ...');
const petrarchFolder = join(eventsData, 'petrarch-validation');
const dictionaries = loadValidationDictionaries(petrarchFolder);
const petrarchPipeline = withStages(defaultStages, {
  actors: createActorsStage({ dictionary: dictionaries.actors }),
  events: createEventsStage({ verbs: dictionaries.verbs, dictionary: dictionaries.actors }),
});
// The unit tests' fictional countries (ARN, GON, ...) count as countries: DAGGOV's country is DAG.
const fictionalCountries = dictionaries.actors.actors.flatMap((actor) =>
  actor.codes.map((dated) => dated.code).filter((code) => /^[A-Z]{3}$/.test(code)),
);
const petrarchComparison = createCodeComparison(new Set([...countries, ...fictionalCountries]));
const petrarchFiles = ['PETR.UnitTest.records.xml', 'GigaWord.sample.PETR.xml'].map((file) => ({
  file,
  ...runFile(join(petrarchFolder, file), petrarchPipeline, petrarchComparison, {
    discards: dictionaries.discards,
  }),
}));
const petrarchOutcomes = petrarchFiles.flatMap((file) => file.outcomes);
const petrarchSkips = new Map<string, number>();
for (const file of petrarchFiles)
  for (const [reason, count] of file.skipped)
    petrarchSkips.set(reason, (petrarchSkips.get(reason) ?? 0) + count);
const petrarchFull = scoreOf(petrarchOutcomes, 'full');
Object.assign(metrics, {
  'petrarch.records': petrarchFiles.reduce((sum, file) => sum + file.records, 0),
  'petrarch.run': petrarchOutcomes.length,
  'petrarch.skipped': [...petrarchSkips.values()].reduce((sum, count) => sum + count, 0),
  'petrarch.correct': petrarchOutcomes.filter((outcome) => outcome.compared.isCorrect).length,
  'petrarch.fullCodeF1': round(petrarchFull.f1),
  'petrarch.stageFailures': petrarchOutcomes.filter((outcome) => outcome.failures.length > 0).length,
});
for (const [reason, count] of petrarchSkips) metrics[`petrarch.skipped.${slug(reason)}`] = count;

if (values.verbose) {
  printVerbose('UniversalPetrarch GSR', gsr.outcomes);
  printVerbose('PETRARCH validation records', petrarchOutcomes);
}
printTable();
if (values.json) console.log(JSON.stringify({ metrics }));

/** Reads one validation file, skips what does not apply (counting why) and codes the rest. */
function runFile(
  path: string,
  pipeline: Pipeline,
  comparison: CodeComparison,
  selection: Pick<RecordSelection, 'discards'>,
): { records: number; outcomes: RecordOutcome[]; skipped: Map<string, number> } {
  const file = readValidationFile(readFileSync(path, 'utf8'));
  for (const { line, message } of file.problems) log(`${basename(path)}:${line}: ${message}`);
  const skipped = new Map<string, number>();
  const outcomes: RecordOutcome[] = [];
  for (const record of file.records) {
    const reason = recordSkipReason(record, { include: file.include, cameoCodes, ...selection });
    if (reason !== undefined) {
      skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
      continue;
    }
    const coded = codeRecord(pipeline, record, basename(path));
    outcomes.push({
      record,
      actors: coded.article.actors ?? [],
      events: coded.events,
      compared: compareRecord(record, coded.article.actors ?? [], coded.events, comparison),
      failures: coded.failures,
    });
  }
  return { records: file.records.length, outcomes, skipped };
}

/**
 * The stages with the stage producing each layer of `replacements` swapped for its replacement; a
 * replacement whose layer no stage produces is added at the end.
 */
function withStages(stages: readonly AnyStage[], replacements: Record<string, AnyStage>): Pipeline {
  const replaced = stages.map(
    (stage) => stage.produces.map((layer: string) => replacements[layer]).find(Boolean) ?? stage,
  );
  const added = Object.entries(replacements)
    .filter(([layer]) => !stages.some((stage) => stage.produces.includes(layer)))
    .map(([, stage]) => stage);
  return createPipeline([...replaced, ...added]);
}

function scoreOf(outcomes: readonly RecordOutcome[], level: 'country' | 'full'): EventScores {
  return scoreEvents(
    outcomes.map(({ compared }) => ({ gold: compared.gold[level], predicted: compared.coded[level] })),
  );
}

function printVerbose(title: string, outcomes: readonly RecordOutcome[]): void {
  console.log(`\n=== ${title}: gold vs coded per sentence ===\n`);
  for (const { record, actors, events, compared, failures } of outcomes) {
    for (const line of formatRecord(record, actors, events, compared, failures)) console.log(line);
    console.log('');
  }
  const kinds = new Map<string, number>();
  for (const { compared } of outcomes)
    for (const mistake of compared.mistakes) kinds.set(mistake.kind, (kinds.get(mistake.kind) ?? 0) + 1);
  console.log(`--- ${title}: kinds of mistake on (source country, target country, root), most common first`);
  for (const [kind, count] of [...kinds].sort((a, b) => b[1] - a[1]))
    console.log(`${String(count).padStart(5)}  ${kind}`);
  console.log('');
}

function printTable(): void {
  const rows: Array<[string, string, string]> = [
    [
      'GSR sentences used / in the file',
      `${metrics['gsr.used']} / ${metrics['gsr.records']}`,
      skipsOf(gsr.skipped),
    ],
    ['GSR gold events / coded events', `${metrics['gsr.goldEvents']} / ${metrics['gsr.codedEvents']}`, ''],
    ['GSR (src country, tgt country, root) F1', String(metrics['gsr.f1']), 'floor 0.70'],
    ['  precision / recall', `${metrics['gsr.precision']} / ${metrics['gsr.recall']}`, ''],
    ...byCategory(),
    ['GSR full codes F1', String(metrics['gsr.fullCodeF1']), ''],
    ['  precision / recall', `${metrics['gsr.fullCodePrecision']} / ${metrics['gsr.fullCodeRecall']}`, ''],
    ['GSR sentences coded exactly (full codes)', `${metrics['gsr.sentencesCorrect']}`, ''],
    [
      'PETRARCH records run / in the files',
      `${metrics['petrarch.run']} / ${metrics['petrarch.records']}`,
      '',
    ],
    [
      'PETRARCH records correct (full codes)',
      `${metrics['petrarch.correct']} / ${metrics['petrarch.run']}`,
      '',
    ],
    ...petrarchFiles.map(({ file, records, outcomes }): [string, string, string] => [
      `  ${file}`,
      `${outcomes.filter((outcome) => outcome.compared.isCorrect).length} / ${outcomes.length} / ${records}`,
      'correct / run / records',
    ]),
    ['PETRARCH full codes F1', String(metrics['petrarch.fullCodeF1']), ''],
    ...[...petrarchSkips]
      .sort((a, b) => b[1] - a[1])
      .map(([reason, count]): [string, string, string] => [`  skipped: ${reason}`, String(count), '']),
    [
      'PETRARCH dictionary lines not converted',
      `${dictionaries.skippedLines.actors} / ${dictionaries.skippedLines.agents} / ${dictionaries.skippedLines.verbs}`,
      'actors / agents / verbs',
    ],
    [
      'records where a stage failed',
      `${metrics['gsr.stageFailures']} / ${metrics['petrarch.stageFailures']}`,
      'GSR / PETRARCH',
    ],
  ];
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  console.log(`${'newsgraph events'.padEnd(width)}${'newsgraph'.padStart(14)}   reference`);
  for (const [name, value, reference] of rows)
    console.log(`${name.padEnd(width)}${value.padStart(14)}   ${reference}`);
}

/** F1 on (source country, target country, root) for each GSR category. */
function byCategory(): Array<[string, string, string]> {
  const categories = [...new Set(gsr.outcomes.map((outcome) => outcome.record.category))];
  return categories.map((category) => {
    const scores = scoreOf(
      gsr.outcomes.filter((outcome) => outcome.record.category === category),
      'country',
    );
    return [
      `  ${category}`,
      String(round(scores.f1)),
      `${scores.matched} of ${scores.gold} gold, ${scores.predicted} coded`,
    ];
  });
}

function skipsOf(skipped: ReadonlyMap<string, number>): string {
  return [...skipped].map(([reason, count]) => `skipped ${count}: ${reason}`).join('; ');
}

/** CAMEO's country codes: ISO-3 and its regions, the first column of `cameo_countries.tsv`. */
function readCountryCodes(path: string): Set<string> {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).slice(1);
  return new Set(
    lines.map((line) => line.split('\t')[0]?.trim() ?? '').filter((code) => /^[A-Z]{3}$/.test(code)),
  );
}

function slug(reason: string): string {
  return reason
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function round(fraction: number): number {
  return Math.round(fraction * 10000) / 10000;
}
