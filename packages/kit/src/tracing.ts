import { context, propagation, trace, SpanKind, SpanStatusCode, type Context, type Span } from '@opentelemetry/api'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { BasicTracerProvider, BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base'
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http'
import { resourceFromAttributes } from '@opentelemetry/resources'
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions'
import type { EventEnvelope } from './bus/envelope.ts'

/**
 * Tracing is process-wide: one provider, one context manager, W3C propagation. In embedded mode
 * every service shares the process, so spans name their service through the tracer, not the
 * resource. Spans always exist (trace ids reach logs and events); they leave the process only
 * when an OTLP endpoint is configured.
 */
let installed = false

export function installTracing(options: { serviceName: string; otlpEndpoint?: string | undefined }): void {
  if (installed) return
  installed = true
  const spanProcessors: SpanProcessor[] = []
  if (options.otlpEndpoint) {
    const url = `${options.otlpEndpoint.replace(/\/$/, '')}/v1/traces`
    spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url })))
  }
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }),
    spanProcessors,
  })
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
  propagation.setGlobalPropagator(new W3CTraceContextPropagator())
  trace.setGlobalTracerProvider(provider)
}

export function tracer(service: string) {
  return trace.getTracer(`bazaar.${service}`)
}

export function contextFromTraceparent(traceparent: string | undefined): Context {
  if (!traceparent) return context.active()
  return propagation.extract(context.active(), { traceparent })
}

/** Headers that carry the active trace to another service. */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {}
  propagation.inject(context.active(), carrier)
  return carrier
}

export function activeSpanIds(): { trace_id: string; span_id: string } | undefined {
  const span = trace.getActiveSpan()
  if (!span) return undefined
  const { traceId, spanId } = span.spanContext()
  return { trace_id: traceId, span_id: spanId }
}

/** Runs `work` in a span of its own; the span records a thrown error and always ends. */
export async function inSpan<T>(
  service: string,
  name: string,
  work: (span: Span) => Promise<T>,
  options: { kind?: SpanKind; parent?: Context; attributes?: Record<string, string | number | boolean> } = {},
): Promise<T> {
  const parent = options.parent ?? context.active()
  const span = tracer(service).startSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes ?? {} }, parent)
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span))
  } catch (error) {
    span.recordException(error as Error)
    span.setStatus({ code: SpanStatusCode.ERROR })
    throw error
  } finally {
    span.end()
  }
}

/** Handles a consumed event inside a consumer span that continues the publisher's trace. */
export function runInEventContext<T>(service: string, event: EventEnvelope, work: () => Promise<T>): Promise<T> {
  return inSpan(service, `consume ${event.type}`, () => work(), {
    kind: SpanKind.CONSUMER,
    parent: contextFromTraceparent(event.traceparent),
    attributes: { 'messaging.message.id': event.id, 'messaging.destination.name': event.type },
  })
}
