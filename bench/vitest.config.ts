import { defineConfig } from 'vitest/config'

// Only the pure parts are unit-tested; the bench itself is run by `pnpm bench`.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], environment: 'node' },
})
