import { describe, expect, it } from 'vitest';
import { formatClusterFile } from './format-cluster-file.js';

describe('formatClusterFile', () => {
  it('sorts lines by path, then by word', () => {
    const text = formatClusterFile([
      { path: '10', word: 'Paris' },
      { path: '0', word: 'said' },
      { path: '10', word: 'London' },
    ]);
    expect(text).toBe('0\tsaid\n10\tLondon\n10\tParis\n');
  });
});
