import type { PrimaryMessage } from '../../serve'

/**
 * Messages from the primary of serve.ts: answers to this worker's questions, and purges another
 * worker received from the CMS's webhook.
 */
export default defineNitroPlugin(() => {
  if (!inWorkerCluster) return
  process.on('message', (message: PrimaryMessage) => {
    if (message?.sparks === 'purge') {
      purgeSiteCaches().then(
        () => process.send!({ sparks: 'purged', id: message.id }),
        (error: unknown) => console.error('[site-workers] purge failed', error),
      )
    } else if (message?.sparks === 'purged' || message?.sparks === 'counted') settleAnswer(message)
  })
})
