// `nuxt prepare` after install, once @sparks/shared is built (nuxt.config imports it). On a fresh
// clone pnpm installs the site before the root scripts build shared; `nuxt build` and
// `nuxt typecheck` prepare the site themselves afterwards, so nothing is lost by waiting.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

if (!existsSync(new URL('../../shared/dist/index.js', import.meta.url))) {
  console.log('@sparks/shared is not built yet: nuxt prepare waits for the build.')
  process.exit(0)
}
const result = spawnSync('nuxt', ['prepare'], { stdio: 'inherit', shell: true })
process.exit(result.status ?? 1)
