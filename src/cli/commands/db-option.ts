import { Option } from 'commander';
import { DEFAULT_DB } from '../../system.js';

export function dbOption(): Option {
  return new Option('--db <path|url>', 'database: a SQLite file, or a postgres:// URL').default(DEFAULT_DB);
}
