import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoDir } from '../platform.ts'
import { freePort, run, start, stop, waitFor } from '../processes.ts'
import { metric, type Metric } from '../results.ts'
import { round } from '../stats.ts'

/**
 * A fresh clone of this repository (its committed state) to a running platform, the README's
 * way: `git clone`, then `npm start` until the site answers. pnpm's store and the toolchain
 * cache are reused, as on any machine that has run it once.
 */
export async function measureFreshClone(): Promise<Metric[]> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'sparks-bench-clone-'))
  const began = performance.now()
  try {
    await run('git', ['clone', '--quiet', repoDir, scratch], {})
    const [cmsPort, webPort] = [await freePort(), await freePort()]
    const platform = start('npm', ['start'], { cwd: scratch, env: { ...process.env, CMS_PORT: String(cmsPort), WEB_PORT: String(webPort) }, detached: true, quiet: true })
    try {
      await waitFor(`http://127.0.0.1:${webPort}/en`, platform, 900)
      const seconds = (performance.now() - began) / 1000
      return [metric({ id: 'platform.fresh-clone', label: 'Fresh clone → running platform (git clone, npm start)', value: round(seconds, 0), unit: 's', note: 'pnpm store and toolchain already cached' })]
    } finally {
      await stop(platform)
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
