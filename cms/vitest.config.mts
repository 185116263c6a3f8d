import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        // Its own throw-away CMS on SQLite, so the clean-up tasks can be run on back-dated rows.
        test: { name: 'retention', include: ['test/retention/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 300_000 },
      },
      {
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          // One CMS serves every file; files run one after another so their writes don't race.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
