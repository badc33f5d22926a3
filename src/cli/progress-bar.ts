import cliProgress from 'cli-progress';
import type { IngestProgress } from '../operations/ingest-articles.js';

/** A progress bar on standard error when it is a terminal; nothing otherwise. */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY) return { update: (_progress: IngestProgress) => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{bar} {percentage}% | {value}/{total} files | {articles} articles | {eta_formatted} left',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(progress: IngestProgress) {
      if (!started) {
        bar.start(progress.filesTotal, 0, { articles: 0 });
        started = true;
      }
      bar.update(progress.filesDone, { articles: progress.articles });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
