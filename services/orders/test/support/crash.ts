import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { TestContext } from 'node:test'
import type { OrdersDeps } from '../../src/domain/ports.ts'

/**
 * A crash stand-in inside the test's process: once the code reaches `checkpoint` (such as
 * `orders.after_pending`), everything these deps reach fails, so the saga stops dead there,
 * leaving what it committed so far. Listens until the test ends.
 */
export function crashingAt(t: TestContext, checkpoint: string, deps: OrdersDeps): OrdersDeps {
  let crashed = false
  const crash = () => { crashed = true }
  subscribe(checkpoint, crash)
  t.after(() => unsubscribe(checkpoint, crash))
  const alive = async <T>(call: () => Promise<T>): Promise<T> => {
    if (crashed) throw new Error(`crashed at ${checkpoint}`)
    return call()
  }
  return {
    ...deps,
    db: { ...deps.db, query: (sql, params) => alive(() => deps.db.query(sql, params)), transaction: (work) => alive(() => deps.db.transaction(work)) },
    transaction: (work) => alive(() => deps.transaction(work)),
    inventory: {
      reserve: (orderId, lines, expiresAt) => alive(() => deps.inventory.reserve(orderId, lines, expiresAt)),
      release: (orderId) => alive(() => deps.inventory.release(orderId)),
    },
  }
}
