import type { EventContract, PayloadOf } from '@bazaar/contracts'
import type { Static, TSchema } from 'typebox'
import { Value } from 'typebox/value'
import type { EventEnvelope } from './envelope.ts'

/**
 * The fields a handler needs from an event's data, checked against their (contract) schema.
 * A payload that breaks it throws: the bus retries the message, then dead-letters it, where it
 * stays visible instead of being dropped.
 */
export function readEvent<C extends EventContract>(contract: C, event: EventEnvelope): PayloadOf<C>
export function readEvent<S extends TSchema>(schema: S, event: EventEnvelope): Static<S>
export function readEvent(contractOrSchema: EventContract | TSchema, event: EventEnvelope): unknown {
  const schema = 'schema' in contractOrSchema && 'version' in contractOrSchema ? (contractOrSchema as EventContract).schema : contractOrSchema as TSchema
  if (!Value.Check(schema, event.data)) {
    const first = Value.Errors(schema, event.data)[0]
    throw new Error(`${event.type} ${event.id} breaks its contract: ${first ? `${first.instancePath || '/'} ${first.message}` : 'invalid'}`)
  }
  return event.data
}
