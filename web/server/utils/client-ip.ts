import type { H3Event } from 'h3'
import { clientAddress, trustedProxyHops } from '#shared/client-address'

/** The address every per-client limit of the site counts (see clientAddress). */
export function requestClientIp(event: H3Event): string {
  const config = useRuntimeConfig()
  const forwardedFor = getRequestHeader(event, 'x-forwarded-for')
  return clientAddress(forwardedFor, event.node.req.socket.remoteAddress, trustedProxyHops(config.trustedProxyHops, config.trustProxy)) ?? 'unknown'
}
