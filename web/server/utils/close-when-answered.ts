import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

/** How long, and how much more of a refused body, the site takes in (and drops) after its answer. */
const LINGER_MS = 1_000
const LINGER_BYTES = 8 * 1024 * 1024

/**
 * Closes the connection once the answer is sent, for a request whose body the site will not
 * read. Closing a socket outright while the client is still sending makes the kernel reset the
 * connection, and a reset can throw away the answer before the client reads it (it then sees
 * "connection reset", not the 413). So this closes the way web servers do ("lingering close"):
 * the site sends its answer and its end of the connection, then drops whatever still arrives,
 * keeping none of it, for at most a second or 8 MB, and then closes the socket.
 */
export function closeWhenAnswered(request: IncomingMessage, response: { setHeader(name: string, value: string): unknown }): void {
  response.setHeader('Connection', 'close')
  const socket = request.socket as Socket
  let dropped = 0
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length
    if (dropped > LINGER_BYTES) socket.destroy()
  })
  request.resume()
  // Node calls destroySoon() on this socket when an answer sent with "Connection: close" is done.
  socket.destroySoon = function lingeringClose(this: Socket) {
    this.end()
    setTimeout(() => this.destroy(), LINGER_MS).unref()
  }
}
