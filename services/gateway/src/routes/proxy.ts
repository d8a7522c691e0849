import type { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import type { RateLimitOptions } from '@fastify/rate-limit'
import type { Dispatcher } from 'undici'
import { AppError, authenticate, traceHeaders, type ServiceApp, type TokenVerifier } from '@bazaar/kit'
import { httpMethods, type GatewayRoute, type HttpMethod } from '@bazaar/topology'
import { limitBody, payloadTooLarge } from '../proxy/body-limit.ts'
import { requestHeaders, responseHeaders } from '../proxy/headers.ts'
import { send, type Upstream } from '../proxy/send.ts'
import { upstreamPath } from '../proxy/upstream-path.ts'
import type { ProxiedRoute } from '../proxy/routing-table.ts'
import { accessGuard } from './access-guard.ts'

export interface ProxyOptions {
  routes: readonly ProxiedRoute[]
  verifier: TokenVerifier
  bodyLimit: number
  trustedHops: number
  /** Paths (such as /api/auth/login) with a rate limit of their own. */
  strictPaths: readonly string[]
  strictRateLimit: RateLimitOptions
}

/**
 * The `/api/*` routes: one Fastify route per exposed prefix (its router finds the longest match),
 * each streaming the request to a replica of its service and the answer back. Bodies are never
 * parsed here: the service parses them, so its 400 for malformed JSON reaches the client as is.
 */
export async function registerProxy(app: ServiceApp, options: ProxyOptions): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload))
    const verify = authenticate(options.verifier, { optional: true })
    for (const { route, upstream, access } of options.routes) {
      const handler = forwarder(route, upstream, options)
      const onRequest: onRequestAsyncHookHandler[] = access ? [verify, accessGuard(access)] : [verify]
      const method = route.methods ?? [...httpMethods]
      for (const url of [route.prefix, `${route.prefix}/*`]) scope.route({ method, url, handler, onRequest, exposeHeadRoute: false })
      for (const path of options.strictPaths) {
        if (owner(options.routes, path) !== route) continue
        scope.route({ method: 'POST', url: path, handler, onRequest, config: { rateLimit: options.strictRateLimit } })
      }
    }
  })
}

/** The route a path falls under: the routes come longest prefix first. */
function owner(routes: readonly ProxiedRoute[], path: string): GatewayRoute | undefined {
  return routes.find(({ route }) => path === route.prefix || path.startsWith(`${route.prefix}/`))?.route
}

function forwarder(route: GatewayRoute, upstream: Upstream, options: ProxyOptions) {
  return async function forward(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const path = upstreamPath(request.url, route.prefix, route.upstreamPrefix)
    if (path === undefined) throw new AppError('MALFORMED_REQUEST', 'Malformed path', { detail: 'A path may not hold "." or ".." segments.' })
    let response: Dispatcher.ResponseData
    try {
      response = await send(upstream, {
        method: request.method as HttpMethod,
        path,
        headers: requestHeaders(request.headers, {
          requestId: request.id,
          peerAddress: request.socket.remoteAddress,
          proto: forwardedProto(request, options.trustedHops),
          trace: traceHeaders(),
        }),
        body: await requestBody(request, options.bodyLimit),
        client: request.socket,
      })
    } catch (error) {
      // A failed upstream call destroys the body it was reading; the rest of it will never be
      // read off this connection, so it must not carry another request.
      if (request.raw.destroyed && !request.raw.complete) void reply.header('connection', 'close')
      throw error
    }
    const headers = responseHeaders(response.headers)
    const vary = reply.getHeader('vary')
    if (vary !== undefined && headers.vary !== undefined) headers.vary = `${String(vary)}, ${String(headers.vary)}`
    return reply.code(response.statusCode).headers(headers).send(await smallBodyBuffered(response))
  }
}

/**
 * Below this a body is read whole: streaming a small body costs more CPU and garbage than it
 * saves, and a request body held whole can go to another replica when the first is unreachable.
 */
const bufferBelowBytes = 64 * 1024

/**
 * Most API answers are a few hundred bytes with a declared length: reading them into one buffer
 * keeps the hot path cheap. Anything larger, or of unknown length, streams through untouched.
 */
async function smallBodyBuffered(response: Dispatcher.ResponseData): Promise<Dispatcher.ResponseData['body'] | Buffer> {
  const declared = Number(response.headers['content-length'])
  if (!Number.isFinite(declared) || declared > bufferBelowBytes) return response.body
  return Buffer.from(await response.body.arrayBuffer())
}

/**
 * The client's body: whole when small and of declared length, else as a stream, or null when it
 * sent none; 413 as soon as it is known to be too large.
 */
async function requestBody(request: FastifyRequest, limit: number): Promise<Buffer | Readable | null> {
  const length = request.headers['content-length']
  const chunked = request.headers['transfer-encoding'] !== undefined
  if (!chunked && (length === undefined || length === '0')) return null
  if (!chunked && Number(length) > limit) throw payloadTooLarge(limit)
  // Fastify hands a parsed body's stream over as is; a GET with a body is not parsed at all.
  const stream = (request.body as Readable | undefined) ?? request.raw
  if (chunked) return limitBody(stream, limit)
  if (Number(length) > bufferBelowBytes) return stream
  return buffer(stream)
}

function forwardedProto(request: FastifyRequest, trustedHops: number): string {
  const claimed = trustedHops > 0 ? request.headers['x-forwarded-proto'] : undefined
  return typeof claimed === 'string' ? (claimed.split(',')[0]?.trim() ?? request.protocol) : request.protocol
}
