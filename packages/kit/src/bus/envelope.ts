import { randomUUID } from 'node:crypto'
import type { EventContract, PayloadOf } from '@bazaar/contracts'

/** The event envelope, CloudEvents field names (docs/architecture.md#4-events-and-delivery-guarantees). `type` is past tense: `order.paid`. */
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

/** An event of `contract` about `subject` (the id of what it is about), its payload checked by the compiler. */
export function newEvent<C extends EventContract>(contract: C, subject: string, data: PayloadOf<C>): NewEvent<PayloadOf<C>> {
  return { type: contract.type, subject, data }
}

/** Whether `event` is of `contract`; a handler of several contracts branches on it. */
export function isEvent<C extends EventContract>(event: EventEnvelope, contract: C): event is EventEnvelope<PayloadOf<C>> {
  return event.type === contract.type
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
