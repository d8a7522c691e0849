import { Readable } from 'node:stream'
import type { Dispatcher } from 'undici'
import { AppError } from '@bazaar/kit'
import { classify, gatewayError, notRunning, type TransportFailure } from './failure.ts'
import type { ReplicaSet } from './replica-set.ts'

/** A service the gateway routes to, with the settings of its edge in the topology. */
export interface Upstream {
  readonly service: string
  /** Undefined when the service does not run. */
  readonly replicas: ReplicaSet | undefined
  /** For the answer's headers, then for each silence between body chunks. */
  readonly timeoutMs: number
  readonly retries: number
  /** Sent with a 503 when no replica can be reached: about when an ejected one is probed again. */
  readonly retryAfterSeconds: number
}

export interface Outgoing {
  method: Dispatcher.HttpMethod
  /** Path and query at the upstream, before the replica's own base path. */
  path: string
  headers: Record<string, string | string[]>
  /** The client's body: read whole (a Buffer, so it can be sent again), streamed as it arrives, or null. */
  body: Buffer | Readable | null
  /** The client's connection: once it is destroyed, a failure is the client's, not the replica's. */
  client: { readonly destroyed: boolean }
}

const idempotentMethods = new Set<string>(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])

/**
 * Sends one request to a replica of `upstream` and answers as soon as the response's headers
 * arrive; its body is left to stream. A replica that could not be reached never saw the request,
 * so any request whose body can be sent again goes to the next replica (a replica that died is
 * passed over, not reported to the client). A connection that broke after the request may have
 * left is retried only for an idempotent method: a non-idempotent request must not run twice.
 * A streamed body cannot be replayed. A timeout is not retried: the replica may still be working
 * on it, and retries would multiply load on a slow service.
 */
export async function send(upstream: Upstream, outgoing: Outgoing): Promise<Dispatcher.ResponseData> {
  const replicas = upstream.replicas
  if (replicas === undefined) throw notRunning(upstream.service, upstream.retryAfterSeconds)
  const streamed = outgoing.body instanceof Readable ? outgoing.body : undefined
  const retriable = (failure: TransportFailure): boolean =>
    streamed === undefined && (failure === 'unreachable' || (failure === 'broken' && idempotentMethods.has(outgoing.method)))
  for (let attempt = 1; ; attempt++) {
    const replica = replicas.pick()
    if (replica === undefined) throw notRunning(upstream.service, upstream.retryAfterSeconds)
    try {
      const response = await replica.pool.request({
        method: outgoing.method,
        path: replica.basePath + outgoing.path,
        headers: outgoing.headers,
        body: outgoing.body,
        headersTimeout: upstream.timeoutMs,
        bodyTimeout: upstream.timeoutMs,
      })
      const status = response.statusCode
      if (status >= 502 && status <= 504) replicas.failed(replica, 'degraded')
      else replicas.succeeded(replica)
      return response
    } catch (error) {
      // The client's side failed (its body outgrew the limit, or it went away): not the replica's fault.
      if (streamed?.errored instanceof AppError) throw streamed.errored
      if (outgoing.client.destroyed) throw error
      const failure = classify(error)
      replicas.failed(replica, failure === 'unreachable' ? 'unreachable' : 'degraded')
      if (attempt <= upstream.retries && retriable(failure)) continue
      throw gatewayError(failure, upstream.service, upstream.retryAfterSeconds, error)
    }
  }
}
