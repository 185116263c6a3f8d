// The baseline for cached pages: one HTML file served from disk by Node's own http server, the
// least work a Node process can do to answer with that page. Run as its own process so it
// does not share the event loop with the load generator:
//   node src/static-file-server.ts <file> <port>
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'

const [file, port] = process.argv.slice(2)
if (!file || !port) throw new Error('usage: static-file-server.ts <file> <port>')
const { size } = statSync(file)
createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html;charset=utf-8', 'content-length': size })
  createReadStream(file).pipe(response)
}).listen(Number(port), '127.0.0.1')
