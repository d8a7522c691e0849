import { Type } from 'typebox'
import { ProductCreatedV1 } from '@bazaar/contracts'
import { readEvent, type EventEnvelope, type Queryable } from '@bazaar/kit'
import type { Announce } from '../domain/stock-announcer.ts'
import { ensureStock } from '../domain/stock.ts'

const Needed = Type.Pick(ProductCreatedV1, ['product_id', 'initial_stock'])

/** product.created: a new product starts with its initial stock, unless an admin stocked it first. */
export function onProductCreated(announce: Announce) {
  return async (tx: Queryable, event: EventEnvelope): Promise<void> => {
    const product = readEvent(Needed, event)
    await ensureStock(tx, announce, product.product_id, product.initial_stock)
  }
}
