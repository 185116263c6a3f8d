import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const packageDir = path.resolve(import.meta.dirname, '..')

describe('graphql-env.d.ts', () => {
  it('matches the committed schema (run `pnpm --filter @sparks/shared schema:types` after schema:print)', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'sparks-tada-'))
    try {
      const output = path.join(scratch, 'graphql-env.d.ts')
      execFileSync(path.join(packageDir, 'node_modules/.bin/gql-tada'), ['generate', 'output', '--output', output], { cwd: packageDir, stdio: 'pipe' })
      expect(readFileSync(output, 'utf8')).toBe(readFileSync(path.join(packageDir, 'src/graphql/graphql-env.d.ts'), 'utf8'))
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  }, 60_000)
})
