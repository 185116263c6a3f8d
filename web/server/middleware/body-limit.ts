/** A visitor form is a few KB at most. */
const MAX_BODY_BYTES = 16 * 1024
/** The CMS's publish webhook carries the changed entry (the CMS takes bodies up to 256 kB). */
const MAX_BODY_BYTES_BY_PATH = new Map([['/api/revalidate', 1024 * 1024]])

/**
 * Every request body, on every route, is read here and nowhere else: at most 16 KB (1 MB for the
 * webhook), refused with 413 before the route runs. A Content-Length above the limit is refused
 * unread; a chunked body the moment it passes the limit (what counts is the bytes received,
 * never what a header claims). The connection is then closed (closeWhenAnswered), so the rest
 * is never kept. h3's body readers (readRawBody, readBody) take the body kept on the request.
 */
export default defineEventHandler(async (event) => {
  const request = event.node.req
  // A page's own render calling a route in-process has no socket and brings its body along.
  if (isInProcessRequest(event)) return
  if (!announcesBody(request)) return
  const declared = request.headers['content-length']

  const maxBytes = MAX_BODY_BYTES_BY_PATH.get(event.path.split('?', 1)[0]!) ?? MAX_BODY_BYTES
  const body = Number(declared ?? 0) > maxBytes ? undefined : await readBodyWithin(request, maxBytes)
  if (body === undefined) {
    closeWhenAnswered(request, event.node.res)
    // Answered here, small and at once, not through the error page: while a page renders, the
    // client goes on sending what closeWhenAnswered has to drop.
    setResponseStatus(event, 413, 'Payload Too Large')
    setResponseHeader(event, 'content-type', 'application/json')
    setResponseHeader(event, 'cache-control', 'no-store')
    return { statusCode: 413, statusMessage: 'tooLarge', message: 'tooLarge', data: { error: 'tooLarge' } }
  }
  ;(request as typeof request & { body?: Buffer }).body = body
})
