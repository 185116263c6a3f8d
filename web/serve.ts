/**
 * Runs the built site as one worker process per CPU core (SITE_WORKERS to choose), all on the
 * same port: a server render is single-threaded work, and one Node process uses one core.
 *
 *   node serve.ts        (beside .output/, or beside server/ in the container image)
 *
 * This primary process renders nothing. It starts the workers, starts a new one when one dies,
 * and keeps the two things that must be the same for every worker:
 * - a purge (the CMS's publish webhook reaches one worker) empties every worker's caches before
 *   the webhook is answered;
 * - the per-visitor rate limits (form submissions, the CMS route) are counted here, so a limit
 *   does not grow with the number of workers.
 * The workers' side of these messages is server/utils/site-workers.ts.
 */
import cluster, { type Worker } from 'node:cluster'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { FixedWindowCounter } from './shared/fixed-window-counter.ts'

/** A worker's request to the primary, answered with the same id. */
export type WorkerRequest =
  | { sparks: 'purge'; id: number }
  | { sparks: 'count'; id: number; limit: string; window: number; key: string }
/** The primary's answer to a WorkerRequest, or its order to purge (id of the primary's own round). */
export type PrimaryMessage =
  | { sparks: 'purged'; id: number }
  | { sparks: 'counted'; id: number; count: number }
  | { sparks: 'purge'; id: number }

const PURGE_WAIT_MS = 5_000

function runPrimary(count: number): void {
  let stopping = false
  /** Workers that have not yet answered a purge round, by round. */
  const purgeRounds = new Map<number, { pending: Set<number>; done: () => void }>()
  let nextRound = 0
  /** One counter per limit (server/utils/rate-limit.ts): each has its own window length. */
  const counters = new Map<string, FixedWindowCounter>()
  const counter = (limit: string) => {
    let found = counters.get(limit)
    if (!found) counters.set(limit, found = new FixedWindowCounter())
    return found
  }

  const fork = () => {
    const worker = cluster.fork()
    let listening = false
    worker.once('listening', () => { listening = true })
    worker.once('exit', (code, signal) => {
      for (const round of purgeRounds.values()) if (round.pending.delete(worker.id) && !round.pending.size) round.done()
      if (stopping) return
      // A worker that dies before it ever listened (port taken, bad build) would die again.
      if (!listening) {
        console.error(`[serve] a site worker exited during start-up (${signal ?? code}); stopping.`)
        stop('SIGTERM', 1)
        return
      }
      console.error(`[serve] a site worker exited (${signal ?? code}); starting another.`)
      fork()
    })
  }

  const purgeAll = (from: Worker, id: number) => {
    const others = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker && worker !== from && worker.isConnected())
    const reply = () => { if (from.isConnected()) from.send({ sparks: 'purged', id } satisfies PrimaryMessage) }
    if (!others.length) return reply()
    const round = nextRound++
    const timer = setTimeout(() => finish(), PURGE_WAIT_MS)
    const finish = () => {
      clearTimeout(timer)
      if (purgeRounds.delete(round)) reply()
    }
    purgeRounds.set(round, { pending: new Set(others.map((worker) => worker.id)), done: finish })
    for (const worker of others) worker.send({ sparks: 'purge', id: round } satisfies PrimaryMessage)
  }

  cluster.on('message', (worker, message: WorkerRequest | PrimaryMessage) => {
    if (message?.sparks === 'purge') purgeAll(worker, message.id)
    else if (message?.sparks === 'purged') {
      const round = purgeRounds.get(message.id)
      if (round?.pending.delete(worker.id) && !round.pending.size) round.done()
    } else if (message?.sparks === 'count') {
      worker.send({ sparks: 'counted', id: message.id, count: counter(message.limit).add(message.window, message.key) } satisfies PrimaryMessage)
    }
  })

  function stop(signal: NodeJS.Signals, exitCode = 0) {
    if (stopping) return
    stopping = true
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker)
    const force = setTimeout(() => process.exit(exitCode), 15_000)
    force.unref()
    let left = workers.length
    if (!left) process.exit(exitCode)
    for (const worker of workers) {
      worker.once('exit', () => { if (--left === 0) process.exit(exitCode) })
      worker.process.kill(signal)
    }
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stop(signal))

  for (let index = 0; index < count; index += 1) fork()
}

/** The built server: .output/ in the repository, server/ in the container image. */
const entry = ['.output/server/index.mjs', 'server/index.mjs'].map((file) => new URL(file, import.meta.url)).find((url) => existsSync(url))

if (cluster.isPrimary) {
  if (!entry) {
    console.error('[serve] No built site beside serve.ts: run `pnpm --filter @sparks/web build` first.')
    process.exit(1)
  }
  const requested = process.env.SITE_WORKERS
  const count = requested === undefined || requested === '' ? availableParallelism() : Number(requested)
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    console.error(`[serve] SITE_WORKERS must be a whole number from 1 to 64, not "${requested}".`)
    process.exit(1)
  }
  runPrimary(count)
} else {
  await import(entry!.href)
}
