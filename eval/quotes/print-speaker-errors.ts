import { parseArgs } from 'node:util';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { defaultPipeline } from '../../src/system.js';
import { readQuoteSet, type Split } from './quote-set.js';
import { scoreArticle } from './score-article.js';

/**
 * `npx tsx eval/quotes/print-speaker-errors.ts [--part dev|test]`: each matched quotation whose
 * speaker is wrong by name (codes aside), with the sentence of its cue, the predicted speaker's
 * words and the coreference chain and actor they resolved through. For finding causes, not a score.
 */
const { values } = parseArgs({ options: { part: { type: 'string' } } });
const set = readQuoteSet(import.meta.dirname);
const pipeline = defaultPipeline();
let count = 0;
for (const gold of set.articles) {
  if (values.part && gold.split !== (values.part as Split)) continue;
  const annotated = runPipeline(pipeline, gold.article);
  const { text } = annotated;
  const actors = annotated.actors ?? [];
  const chains = annotated.chains ?? [];
  const score = scoreArticle(gold, annotated.quotes ?? [], actors);
  for (const outcome of score.outcomes) {
    const mistake = outcome.speaker?.mistake;
    if (
      !outcome.speaker ||
      !mistake ||
      mistake === 'speaker without actor code' ||
      mistake === 'wrong actor code'
    )
      continue;
    count++;
    const quote = outcome.predicted;
    const around = quote?.cue ?? quote ?? outcome.gold;
    const sentence = (annotated.sentences ?? []).find((s) => s.start <= around.start && around.start < s.end);
    const speaker = quote?.speaker;
    const chain = speaker
      ? chains.find((c) => c.mentions.some((m) => m.start <= speaker.start && speaker.start < m.end))
      : undefined;
    const actor = actors.find((a) => a.id === speaker?.actorId);
    console.log(`\n${gold.file} (${gold.split}) ${outcome.speaker.mistake ?? ''}`);
    console.log(
      `  gold:     ${outcome.gold.speaker?.name} as "${outcome.gold.speaker?.mention?.text ?? ''}" (${outcome.gold.speaker?.form})`,
    );
    console.log(
      `  sentence: ${sentence ? text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ') : '?'}`,
    );
    console.log(
      `  speaker:  ${speaker ? `"${speaker.text}" -> ${speaker.actorId ?? 'no actor'}` : 'none'}; cue ${quote?.cue ? `"${quote.cue.text}"` : 'none'}`,
    );
    console.log(
      `  chain:    ${chain ? `${chain.id} ${chain.name}: ${chain.mentions.map((m) => m.text).join(' | ')}` : 'none'}`,
    );
    if (actor) console.log(`  actor:    ${actor.id} ${actor.name} ${actor.code ?? '(no code)'}`);
  }
}
console.log(`\n${count} speakers wrong by name`);
