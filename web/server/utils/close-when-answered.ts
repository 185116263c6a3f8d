import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

/** How long, and how much more of a refused body, the site takes in (and drops) after its answer. */
const LINGER_MS = 1_000
const LINGER_BYTES = 8 * 1024 * 1024
/** The longest the site waits for its own answer to a refused body before closing regardless. */
const ANSWER_WITHIN_MS = 10_000

/**
 * Closes the connection once the answer is sent, for a request whose body the site will not
 * read. Closing a socket outright while the client is still sending makes the kernel reset the
 * connection, and a reset can throw away the answer before the client reads it (it then sees
 * "connection reset", not the 413). So this closes the way web servers do ("lingering close"):
 * the site sends its answer and its end of the connection, then drops whatever still arrives,
 * keeping none of it, for at most a second or 8 MB after the answer, and then closes the socket.
 */
export function closeWhenAnswered(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Connection', 'close')
  const socket = request.socket as Socket
  // Until the answer is out (an error page takes a render), what arrives is dropped without a
  // byte limit, or the reset would come before the answer; past ANSWER_WITHIN_MS the site stops.
  let answered = false
  let dropped = 0
  response.once('finish', () => {
    answered = true
    dropped = 0
  })
  setTimeout(() => answered || socket.destroy(), ANSWER_WITHIN_MS).unref()
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length
    if (answered && dropped > LINGER_BYTES) socket.destroy()
  })
  request.resume()
  // Node calls destroySoon() on this socket when an answer sent with "Connection: close" is done.
  socket.destroySoon = function lingeringClose(this: Socket) {
    this.end()
    setTimeout(() => this.destroy(), LINGER_MS).unref()
  }
}
