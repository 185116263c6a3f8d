import { Socket } from 'node:net'
import type { H3Event } from 'h3'

/**
 * A request the site's own server render sent to one of its routes in-process (`$fetch('/api/…')`
 * during SSR): it has no network socket. Every request from outside arrives on one (a TLS socket
 * is a net.Socket too), so no header or body can make an outside request look like this.
 */
export const isInProcessRequest = (event: H3Event): boolean => !(event.node.req.socket instanceof Socket)
