import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * The trivial upstream, run as a child process of the bench so its CPU is not the gateway's
 * event loop: every request gets the same small JSON body on a kept-alive connection. Sends its
 * URL to the parent once it listens; exits on SIGTERM or when the parent goes away.
 */
const body = Buffer.from(JSON.stringify({ ok: true, service: 'echo', items: [1, 2, 3] }))
const headers = { 'content-type': 'application/json', 'content-length': String(body.length) }

const server = createServer((request, response) => {
  request.resume()
  response.writeHead(200, headers).end(body)
})
// Longer than nginx's and undici's idle timeouts, so a proxy never reuses a connection this
// side is closing between two runs.
server.keepAliveTimeout = 120_000

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  process.send?.({ url: `http://127.0.0.1:${port}` })
})

function stop(): void {
  server.closeAllConnections()
  server.close(() => process.exit(0))
}
process.once('SIGTERM', stop)
process.once('disconnect', stop)
