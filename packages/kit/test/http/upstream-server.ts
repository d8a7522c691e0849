import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void

/** A real upstream on a free loopback port whose behaviour a test swaps as it goes. */
export interface Upstream {
  url: string
  /** Requests received, with their headers and body. */
  received: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[]
  handle: Handler
  /** Stops listening and drops every connection, like a killed process. */
  kill(): Promise<void>
  /** Listens again on the same port. */
  revive(): Promise<void>
}

export async function startUpstream(handle: Handler): Promise<Upstream> {
  let server: Server | undefined
  let port = 0
  const upstream: Upstream = {
    url: '',
    received: [],
    handle,
    async kill() {
      const closing = server
      server = undefined
      if (!closing) return
      await new Promise<void>((resolve) => {
        closing.close(() => resolve())
        closing.closeAllConnections()
      })
    },
    async revive() {
      server = createServer((request, response) => {
        let body = ''
        request.setEncoding('utf8')
        request.on('data', (chunk: string) => { body += chunk })
        request.on('end', () => {
          upstream.received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body })
          upstream.handle(request, response, body)
        })
      })
      const listening = server
      await new Promise<void>((resolve) => listening.listen(port, '127.0.0.1', resolve))
      port = (listening.address() as AddressInfo).port
      upstream.url = `http://127.0.0.1:${port}`
    },
  }
  await upstream.revive()
  return upstream
}

export function json(response: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  response.writeHead(status, { 'content-type': type })
  response.end(JSON.stringify(body))
}

/** A loopback URL where nothing listens: connections to it are refused. */
export async function deadUrl(): Promise<string> {
  const upstream = await startUpstream(() => {})
  await upstream.kill()
  return upstream.url
}
