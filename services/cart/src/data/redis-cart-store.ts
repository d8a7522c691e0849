import type { Cache } from '@bazaar/kit'
import { withoutOrdered, type CartLine } from '../domain/cart.ts'
import type { AddOutcome, CartStore } from './cart-store.ts'

/** One line as Redis keeps it; a cart is one JSON array of them under `carts:<user id>`, oldest first. */
type StoredLine = { product_id: string; quantity: number; added_at: string }

const key = (userId: string) => `carts:${userId}`
const takenBy = (orderId: string) => `carts-taken:${orderId}`
/** How long an order's mark keeps a redelivered or replayed event from taking its lines again. */
const takenMarkTtlMs = 7 * 24 * 3600_000

function toStored(line: CartLine): StoredLine {
  return { product_id: line.productId, quantity: line.quantity, added_at: line.addedAt.toISOString() }
}

function toLine(line: StoredLine): CartLine {
  return { productId: line.product_id, quantity: line.quantity, addedAt: new Date(line.added_at) }
}

/** An empty cart is no key at all. */
const kept = (lines: StoredLine[]) => (lines.length === 0 ? undefined : lines)

/**
 * Carts in Redis, shared by every replica. Each change is an atomic update of the user's one
 * value: a change that raced another is computed again on the newer cart, so the limits hold
 * and no add is lost. Carts have no expiry: they live until emptied, as in the database.
 */
export function createRedisCartStore(redis: Cache): CartStore {
  const store: CartStore = {
    async lines(userId) {
      return ((await redis.get<StoredLine[]>(key(userId))) ?? []).map(toLine)
    },
    async add(userId, productId, quantity, limits) {
      let outcome: AddOutcome = { ok: false, refused: 'quantity' }
      await redis.update<StoredLine[]>(key(userId), (current) => {
        const lines = current ?? []
        const existing = lines.find((line) => line.product_id === productId)
        if (existing) {
          if (existing.quantity + quantity > limits.maxQuantity) {
            outcome = { ok: false, refused: 'quantity' }
            return current
          }
          const grown = { ...existing, quantity: existing.quantity + quantity }
          outcome = { ok: true, line: toLine(grown), created: false }
          return lines.map((line) => (line === existing ? grown : line))
        }
        if (quantity > limits.maxQuantity || lines.length >= limits.maxLines) {
          outcome = { ok: false, refused: quantity > limits.maxQuantity ? 'quantity' : 'lines' }
          return current
        }
        const created = { product_id: productId, quantity, added_at: new Date().toISOString() }
        outcome = { ok: true, line: toLine(created), created: true }
        return [...lines, created]
      })
      return outcome
    },
    async setQuantity(userId, productId, quantity) {
      let changed: CartLine | undefined
      await redis.update<StoredLine[]>(key(userId), (current) => {
        changed = undefined
        return current?.map((line) => {
          if (line.product_id !== productId) return line
          const set = { ...line, quantity }
          changed = toLine(set)
          return set
        })
      })
      return changed
    },
    async remove(userId, productId) {
      await redis.update<StoredLine[]>(key(userId), (current) => current && kept(current.filter((line) => line.product_id !== productId)))
    },
    async clear(userId) {
      await redis.delete(key(userId))
    },
    // Outside the transaction: should its commit fail right after the lines went, the
    // redelivered event finds the order's mark and takes nothing more.
    async takeOrderedWithin(_tx, order) {
      await redis.updateOnce<StoredLine[]>(key(order.userId), takenBy(order.orderId), takenMarkTtlMs, (current) => current && kept(withoutOrdered(current.map(toLine), order).map(toStored)))
    },
  }
  return store
}
