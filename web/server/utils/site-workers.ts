import cluster from 'node:cluster'
import type { PrimaryMessage, WorkerRequest } from '../../serve'

/**
 * This process's side of the site's worker processes (serve.ts): asks the primary and waits for
 * its answer. Run on its own (`node .output/server/index.mjs`, as the tests' single-process
 * checks do), there is no primary and every answer is this process's own.
 */
export const inWorkerCluster = cluster.isWorker && typeof process.send === 'function'

// Longer than the primary waits for the other workers in a purge (serve.ts), so its answer comes first.
const ANSWER_WAIT_MS = 10_000
let nextId = 0
const waiting = new Map<number, (message: PrimaryMessage) => void>()

function ask(request: WorkerRequest): Promise<PrimaryMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(request.id)
      reject(new Error(`The site's primary process did not answer "${request.sparks}" within ${ANSWER_WAIT_MS} ms`))
    }, ANSWER_WAIT_MS)
    waiting.set(request.id, (message) => {
      clearTimeout(timer)
      resolve(message)
    })
    process.send!(request)
  })
}

/** Called by server/plugins/site-workers.ts for every answer from the primary. */
export function settleAnswer(message: PrimaryMessage): void {
  const settle = waiting.get(message.id)
  if (!settle) return
  waiting.delete(message.id)
  settle(message)
}

/** Empties the other workers' caches too; resolves when all have done so. */
export async function purgeOtherWorkers(): Promise<void> {
  if (inWorkerCluster) await ask({ sparks: 'purge', id: nextId++ })
}

/** One more attempt by `key` in this fixed `window` of `limit`, counted across all workers: the total so far. */
export async function countAcrossWorkers(limit: string, window: number, key: string, countHere: () => number): Promise<number> {
  if (!inWorkerCluster) return countHere()
  const answer = await ask({ sparks: 'count', id: nextId++, limit, window, key })
  return answer.sparks === 'counted' ? answer.count : countHere()
}
