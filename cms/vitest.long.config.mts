import { defineConfig } from 'vitest/config'

// The long part (tools/run-crash-test.sh, after `npm test` in CI): crash tests that start and kill
// CMS processes of their own on PostgreSQL (the script provides the database).
export default defineConfig({
  test: {
    name: 'long',
    include: ['test/long/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 300_000,
  },
})
