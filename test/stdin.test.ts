import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function newsgraph(args: string[], input: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
}

describe('reading standard input', () => {
  it('analyzes a seed record given as -', () => {
    const seed =
      'Envoys meet in Vienna\n\n04/02/2019\n\nEnvoys met on Monday.\n\nvienna.png\n\nThe envoys met for an hour.\n\nNorthern Courier\n';
    const result = newsgraph(['analyze', '-', '--json'], seed);
    expect(result.status).toBe(0);
    const article = JSON.parse(result.stdout);
    expect(article).toMatchObject({
      title: 'Envoys meet in Vienna',
      publishedAt: '2019-04-02',
      image: 'vienna.png',
      source: 'Northern Courier',
    });
    expect(article.origin.location).toBe('-');
  });

  it('analyzes JSON Lines given as -, one line out per record', () => {
    const lines = [
      { title: 'First', maintext: 'One paragraph.', date_publish: '2020-01-01 00:00:00' },
      { title: 'Second', maintext: 'Another paragraph.', date_publish: '2020-01-02 00:00:00' },
    ].map((record) => JSON.stringify(record));
    const result = newsgraph(['analyze', '-', '--json'], `${lines.join('\n')}\n`);
    expect(result.status).toBe(0);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).title),
    ).toEqual(['First', 'Second']);
  });
});
