import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Pool } from 'undici'

/**
 * The least a Node proxy can do, for the bench's information: node:http in, an undici pool out
 * (as the gateway), hop-by-hop headers dropped, no framework, no checks. What it reaches on the
 * bench's machine is the ceiling of any proxy on one Node event loop there. argv[2] is the echo
 * upstream's URL; routes /api/echo/... to its /echo/... and sends the parent its URL.
 */
const upstreamUrl = process.argv[2]
if (upstreamUrl === undefined) throw new Error('usage: plain-proxy-process.ts <echo upstream url>')
const pool = new Pool(upstreamUrl)
const hopByHop = new Set(['connection', 'keep-alive', 'host', 'transfer-encoding', 'te', 'upgrade', 'proxy-connection'])

function endToEnd(headers: IncomingHttpHeaders | Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !hopByHop.has(name)) kept[name] = value
  return kept
}

const server = createServer((request, response) => {
  const path = (request.url ?? '/').replace(/^\/api/, '')
  pool.request({ method: 'GET', path, headers: endToEnd(request.headers) }).then(
    (answer) => {
      response.writeHead(answer.statusCode, endToEnd(answer.headers))
      // pipe, not stream.pipeline: pipeline costs this proxy about half its CPU per request
      // (measured: 126 against 51 us). A client gone early must not leave the upstream's
      // connection stuck behind an unread body.
      response.once('close', () => answer.body.destroy())
      answer.body.pipe(response)
    },
    () => response.writeHead(502).end(),
  )
})
server.keepAliveTimeout = 120_000

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  process.send?.({ url: `http://127.0.0.1:${port}` })
})

function stop(): void {
  server.closeAllConnections()
  server.close(() => void pool.close().then(() => process.exit(0)))
}
process.once('SIGTERM', stop)
process.once('disconnect', stop)
