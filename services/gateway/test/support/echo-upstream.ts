import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  method: string
  url: string
  headers: IncomingHttpHeaders
  /** Body bytes read so far; final once the request ended. */
  bytes: number
  ended: boolean
}

export interface EchoUpstream {
  readonly name: string
  readonly url: string
  /** Every request it began to receive, oldest first, health probes aside. */
  readonly received: Received[]
  /** Lets the requests held at `…/hold` and `…/hold-stream` finish. */
  release(): void
  stop(): Promise<void>
}

const chunk = Buffer.alloc(64 * 1024, 'x')

function streamBytes(response: ServerResponse, total: number): void {
  response.writeHead(200, { 'content-type': 'application/octet-stream' })
  let sent = 0
  const more = (): void => {
    while (sent < total) {
      const piece = chunk.subarray(0, Math.min(chunk.length, total - sent))
      sent += piece.length
      if (!response.write(piece)) return void response.once('drain', more)
    }
    response.end()
  }
  more()
}

/**
 * A stand-in service on a plain Node server. It answers with what it received (method, path,
 * headers, body size) once the body ended; `…/large?bytes=N` streams N bytes; `…/hold` answers
 * only when released; `…/hold-stream` sends a first chunk at once and the last when released;
 * `…/reset` breaks the connection as soon as the request begins.
 */
export async function startEcho(name: string): Promise<EchoUpstream> {
  const received: Received[] = []
  const held: (() => void)[] = []
  const server = createServer((request, response) => {
    const url = request.url ?? '/'
    if (url === '/health') return void request.resume().on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"up"}'))
    const entry: Received = { method: request.method ?? 'GET', url, headers: request.headers, bytes: 0, ended: false }
    received.push(entry)
    if (url.endsWith('/reset')) return void request.socket.destroy()
    request.on('data', (data: Buffer) => { entry.bytes += data.length })
    request.on('end', () => {
      entry.ended = true
      const path = url.split('?')[0] ?? url
      if (path.endsWith('/large')) return streamBytes(response, Number(new URL(url, 'http://echo').searchParams.get('bytes')))
      if (path.endsWith('/hold')) {
        return void held.push(() => response.writeHead(200, { 'content-type': 'application/json' }).end('{"released":true}'))
      }
      if (path.endsWith('/hold-stream')) {
        response.writeHead(200, { 'content-type': 'text/plain' })
        response.write('first|')
        return void held.push(() => response.end('last'))
      }
      response.writeHead(200, { 'content-type': 'application/json', 'x-echo-replica': name, 'keep-alive': 'timeout=5', 'x-hop': 'dropped', connection: 'x-hop' })
      response.end(JSON.stringify({ replica: name, method: entry.method, url, headers: request.headers, bytes: entry.bytes }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    received,
    release() {
      for (const finish of held.splice(0)) finish()
    },
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
    },
  }
}
