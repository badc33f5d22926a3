import { parseArgs } from 'node:util';
import { evaluatePlaces, type MentionOutcome, type PlaceScores } from './evaluate-places.js';

/**
 * `npx tsx eval/places/eval-places.ts [--json] [--verbose] [--part dev|test]`: geocoding accuracy
 * on the annotated place mentions (eval/places/README.md). `--verbose` lists every mention the
 * stage got wrong, with what it found.
 */
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    part: { type: 'string' },
  },
});

const startedMs = performance.now();
const evaluation = evaluatePlaces();
const seconds = (performance.now() - startedMs) / 1000;
const line = (name: string, scores: PlaceScores) =>
  `${name.padEnd(22)} country ${scores.countryAccuracy.toFixed(3)} of ${scores.mentions} mentions, ` +
  `within 50 km ${scores.within50km.toFixed(3)} of ${scores.cityMentions} cities, ${scores.missed} not found`;

if (values.verbose) {
  const wrong = (outcomes: MentionOutcome[]) =>
    outcomes.filter(
      (outcome) =>
        (values.part === undefined || outcome.gold.part === values.part) &&
        (!outcome.isCountryRight || (outcome.gold.kind === 'city' && (outcome.distanceKm ?? Infinity) > 50)),
    );
  for (const [name, outcomes] of [
    ['annotated mentions', evaluation.outcomes],
    ['end to end', evaluation.endToEndOutcomes],
  ] as const) {
    console.log(`-- mistakes, ${name}`);
    for (const { gold, found, distanceKm } of wrong(outcomes))
      console.log(
        `${gold.textId} ${gold.part} "${gold.written}" (${gold.place.name}, ${gold.place.country || '-'}) -> ` +
          (found ? `${found.name}, ${found.country || '-'}, ${Math.round(distanceKm ?? 0)} km` : 'no place'),
      );
  }
}
const { endToEnd } = evaluation;
console.log(`${evaluation.texts} texts`);
console.log(line('annotated mentions', evaluation));
console.log(line('  dev', evaluation.dev));
console.log(line('  test', evaluation.test));
console.log(line('end to end', endToEnd));
console.log(line('  dev', endToEnd.dev));
console.log(line('  test', endToEnd.test));
console.log(
  `${endToEnd.extraPlaces} places found end to end beyond the annotated ones; ${seconds.toFixed(1)} s`,
);
if (values.json) {
  const metrics: Record<string, number> = {
    'places.countryAccuracy': evaluation.countryAccuracy,
    'places.within50km': evaluation.within50km,
    'places.test.countryAccuracy': evaluation.test.countryAccuracy,
    'places.test.within50km': evaluation.test.within50km,
    'places.endToEnd.countryAccuracy': endToEnd.countryAccuracy,
    'places.endToEnd.within50km': endToEnd.within50km,
  };
  console.log(JSON.stringify({ metrics }));
}
