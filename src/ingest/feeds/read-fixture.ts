import { readFileSync } from 'node:fs';

/** A hand-written feed from `fixtures/`, for tests. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}
