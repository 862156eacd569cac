import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine.
    // Most of the suite waits on loopback servers, timeouts and child processes rather than the
    // CPU, so two workers there take about half the time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
