import type { IncomingHttpHeaders } from 'node:http'

/** Meaningful for one connection only (RFC 9110 7.6.1); `expect` is answered by the gateway itself. */
const hopByHop = ['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']

/** Set by the gateway itself; a client's own values would be forged. */
const notForwarded = new Set([...hopByHop, 'expect', 'host', 'traceparent', 'tracestate', 'x-request-id', 'x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host'])
const notReturned = new Set(hopByHop)

export interface Forwarding {
  requestId: string
  /** The address the connection came from; appended to X-Forwarded-For. */
  peerAddress: string | undefined
  proto: string
  /** The gateway's own server span, as W3C trace context headers. */
  trace: Record<string, string>
}

/** Headers named in `Connection` are hop-by-hop too. */
function connectionOptions(value: string | undefined): Set<string> | undefined {
  if (value === undefined || value === 'keep-alive' || value === 'close') return undefined
  return new Set(value.toLowerCase().split(',').map((name) => name.trim()))
}

export function requestHeaders(incoming: IncomingHttpHeaders, forwarding: Forwarding): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {}
  const listed = connectionOptions(incoming.connection)
  for (const name in incoming) {
    const value = incoming[name]
    if (value === undefined || notForwarded.has(name) || listed?.has(name)) continue
    headers[name] = value
  }
  headers['x-request-id'] = forwarding.requestId
  const chain = incoming['x-forwarded-for']
  if (forwarding.peerAddress !== undefined) headers['x-forwarded-for'] = chain ? `${chain}, ${forwarding.peerAddress}` : forwarding.peerAddress
  headers['x-forwarded-proto'] = forwarding.proto
  if (incoming.host !== undefined) headers['x-forwarded-host'] = incoming.host
  for (const name in forwarding.trace) headers[name] = forwarding.trace[name] as string
  return headers
}

export function responseHeaders(upstream: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {}
  const listed = connectionOptions(typeof upstream.connection === 'string' ? upstream.connection : undefined)
  for (const name in upstream) {
    const value = upstream[name]
    if (value === undefined || notReturned.has(name) || listed?.has(name)) continue
    headers[name] = value
  }
  return headers
}
