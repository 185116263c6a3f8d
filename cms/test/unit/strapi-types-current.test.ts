import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'

const cmsDir = path.resolve(import.meta.dirname, '../..')
const committed = path.join(cmsDir, 'types/generated')

describe("Strapi's generated content types", () => {
  it('match the content model (run `pnpm --filter @sparks/cms exec strapi ts:generate-types` after changing a schema)', () => {
    // Strapi writes `<out-dir>/generated`, relative to the CMS.
    const outDir = path.join('.tmp', `types-check-${randomUUID().slice(0, 8)}`)
    try {
      execFileSync(path.join(cmsDir, 'node_modules/.bin/strapi'), ['ts:generate-types', '--out-dir', outDir, '--silent'], { cwd: cmsDir, stdio: 'pipe' })
      const fresh = path.join(cmsDir, outDir, 'generated')
      expect(readdirSync(fresh).sort()).toEqual(readdirSync(committed).sort())
      for (const file of readdirSync(committed)) expect(readFileSync(path.join(fresh, file), 'utf8'), file).toBe(readFileSync(path.join(committed, file), 'utf8'))
    } finally {
      rmSync(path.join(cmsDir, outDir), { recursive: true, force: true })
    }
  }, 120_000)
})
