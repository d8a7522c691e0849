import { randomUUID } from 'node:crypto'

/** The event envelope, CloudEvents field names (DESIGN 4). `type` is past tense: `order.paid`. */
export interface EventEnvelope<Data = unknown> {
  specversion: '1.0'
  id: string
  type: string
  source: string
  time: string
  subject?: string
  data: Data
  /** W3C trace context of the operation that caused the event. */
  traceparent?: string
}

export interface NewEvent<Data = unknown> {
  type: string
  subject?: string
  data: Data
}

export function envelope<Data>(source: string, event: NewEvent<Data>, traceparent?: string): EventEnvelope<Data> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    type: event.type,
    source,
    time: new Date().toISOString(),
    ...(event.subject === undefined ? {} : { subject: event.subject }),
    data: event.data,
    ...(traceparent === undefined ? {} : { traceparent }),
  }
}
