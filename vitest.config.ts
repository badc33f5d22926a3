import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'test/**/*.test.ts',
      'training/**/*.test.ts',
      'eval/**/*.test.ts',
      'bench/**/*.test.ts',
      'dashboard/src/**/*.test.ts',
      'dashboard/e2e/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
