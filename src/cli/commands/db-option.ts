import { Option } from 'commander';
import { DEFAULT_DB } from '../../system.js';

export function dbOption(): Option {
  return new Option('--db <path>', 'database file').default(DEFAULT_DB);
}
