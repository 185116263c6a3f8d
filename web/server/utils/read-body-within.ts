import type { IncomingMessage } from 'node:http'

/**
 * The request's body, read from the socket until `maxBytes`: `undefined` as soon as it grows
 * beyond that, when it stops collecting: a body costs at most `maxBytes` of memory, whatever
 * Content-Length said and however long a chunked body goes on.
 */
export function readBodyWithin(request: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let bytes = 0
    const stop = () => {
      request.off('data', onData).off('end', onEnd).off('error', onError)
    }
    const onData = (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes > maxBytes) {
        stop()
        chunks.length = 0
        resolve(undefined)
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      stop()
      resolve(Buffer.concat(chunks, bytes))
    }
    const onError = (error: Error) => {
      stop()
      reject(error)
    }
    request.on('data', onData).on('end', onEnd).on('error', onError)
  })
}

/** The request says a body follows (chunked, or a Content-Length other than 0). */
export function announcesBody(request: IncomingMessage): boolean {
  const declared = request.headers['content-length']
  return request.headers['transfer-encoding'] !== undefined || (declared !== undefined && declared !== '0')
}
