import type { Static, TSchema } from 'typebox'

/**
 * One event's contract: its type on the bus, the version of its payload and the payload's
 * schema. Producers build events from it and consumers subscribe with it, so a type is written
 * once, here, and a payload is checked by the compiler on both sides (docs/architecture.md#4-events-and-delivery-guarantees).
 */
export interface EventContract<Type extends string = string, Schema extends TSchema = TSchema> {
  readonly type: Type
  readonly version: number
  readonly schema: Schema
}

/** The payload an event of this contract carries. */
export type PayloadOf<C extends EventContract> = Static<C['schema']>

export function eventContract<const Type extends string, Schema extends TSchema>(type: Type, version: number, schema: Schema): EventContract<Type, Schema> {
  return { type, version, schema }
}
