import { Option } from 'commander';
import { DEFAULT_WORKERS } from '../../system.js';
import { parseCount } from './parse-count.js';

/** For `ingest` and `analyze`: how many worker threads analyse a large input. */
export function workersOption(): Option {
  return new Option(
    '--workers <n>',
    'worker threads for analysis; with 1, or fewer than 200 articles, it runs in the main thread',
  )
    .argParser(parseCount)
    .default(DEFAULT_WORKERS, `one per core, at most 8: ${DEFAULT_WORKERS} here`);
}
