import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: { environment: 'node', testTimeout: 60_000, globalSetup: ['../../cms/test/support/global-setup.ts'] },
})
