import type { Readable } from 'node:stream'
import type { Dispatcher } from 'undici'
import { AppError } from '@bazaar/kit'
import { classify, gatewayError, notRunning } from './failure.ts'
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
  /** The client's body, streamed as it arrives; null when it sent none. */
  body: Readable | null
  /** The client's connection: once it is destroyed, a failure is the client's, not the replica's. */
  client: { readonly destroyed: boolean }
}

const idempotentMethods = new Set<string>(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])

/**
 * Sends one request to a replica of `upstream` and answers as soon as the response's headers
 * arrive; its body is left to stream. A failed connection is retried on the next replica only
 * for an idempotent request without a body: a streamed body cannot be replayed, and a
 * non-idempotent request that might have arrived must not run twice. A timeout is not retried:
 * the replica may still be working on it, and retries would multiply load on a slow service.
 */
export async function send(upstream: Upstream, outgoing: Outgoing): Promise<Dispatcher.ResponseData> {
  const replicas = upstream.replicas
  if (replicas === undefined) throw notRunning(upstream.service, upstream.retryAfterSeconds)
  const attempts = outgoing.body === null && idempotentMethods.has(outgoing.method) ? 1 + upstream.retries : 1
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
      const bodyError = outgoing.body?.errored
      if (bodyError instanceof AppError) throw bodyError
      if (outgoing.client.destroyed) throw error
      const failure = classify(error)
      replicas.failed(replica, failure === 'unreachable' ? 'unreachable' : 'degraded')
      if (attempt < attempts && failure !== 'timeout') continue
      throw gatewayError(failure, upstream.service, upstream.retryAfterSeconds, error)
    }
  }
}
