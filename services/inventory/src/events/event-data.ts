import type { TSchema, Static } from 'typebox'
import { Value } from 'typebox/value'
import type { EventEnvelope } from '@bazaar/kit'

/**
 * The fields a handler needs, checked against their contract schema. A payload without them
 * throws, so the message is retried and then dead-lettered where it can be seen, never
 * silently dropped.
 */
export function dataOf<S extends TSchema>(schema: S, event: EventEnvelope): Static<S> {
  if (!Value.Check(schema, event.data)) throw new Error(`${event.type} event ${event.id} lacks the fields inventory reads`)
  return event.data
}
