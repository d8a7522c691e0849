import type { EventContract, PayloadOf } from '@bazaar/contracts'
import { Value } from 'typebox/value'
import type { EventEnvelope } from './envelope.ts'

/**
 * The event's payload, checked against its contract's schema. A payload that breaks it throws:
 * the bus retries the message, then dead-letters it, where it stays visible instead of being
 * dropped.
 */
export function readEvent<C extends EventContract>(contract: C, event: EventEnvelope): PayloadOf<C> {
  if (!Value.Check(contract.schema, event.data)) {
    const first = Value.Errors(contract.schema, event.data)[0]
    throw new Error(`${event.type} ${event.id} breaks its contract: ${first ? `${first.instancePath || '/'} ${first.message}` : 'invalid'}`)
  }
  return event.data as PayloadOf<C>
}
