import { context, propagation, trace, SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api'

import type { ServiceApp } from './definition.ts'
import { tracer } from '../tracing.ts'
import type { ServiceMetrics } from './metrics.ts'

declare module 'fastify' {
  interface FastifyRequest {
    span?: Span
  }
}

/**
 * A server span per request that continues the caller's W3C trace, one RED observation per
 * response, and one log line per request. The handler runs inside the span's context, so logs,
 * outbound calls and events it causes carry the same trace.
 */
export function installRequestTelemetry(app: ServiceApp, service: string, metrics: ServiceMetrics): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const parent = propagation.extract(context.active(), request.headers)
    const span = tracer(service).startSpan(`${request.method} ${request.routeOptions.url ?? 'unmatched'}`, {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': request.method, 'url.path': request.url.split('?')[0] ?? '' },
    }, parent)
    request.span = span
    context.with(trace.setSpan(parent, span), done)
  })
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched'
    const seconds = reply.elapsedTime / 1000
    metrics.requestDuration.observe({ method: request.method, route, status_code: String(reply.statusCode) }, seconds)
    const span = request.span
    let ids = {}
    if (span) {
      span.setAttribute('http.response.status_code', reply.statusCode)
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR })
      span.end()
      ids = { trace_id: span.spanContext().traceId, span_id: span.spanContext().spanId }
    }
    request.log.info({ ...ids, method: request.method, url: request.url, status: reply.statusCode, duration_ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request')
    done()
  })
}
