import type { Static, TSchema } from 'typebox'
import { Value } from 'typebox/value'
import type { EventEnvelope } from '@bazaar/kit'

/**
 * The fields a handler needs from an event's data, checked. A payload that breaks its contract
 * throws: the bus retries it and then dead-letters it, where it stays visible.
 */
export function readEvent<S extends TSchema>(schema: S, event: EventEnvelope): Static<S> {
  if (!Value.Check(schema, event.data)) {
    const first = Value.Errors(schema, event.data)[0]
    throw new Error(`${event.type} ${event.id} breaks its contract: ${first ? `${first.instancePath || '/'} ${first.message}` : 'invalid'}`)
  }
  return event.data as Static<S>
}
