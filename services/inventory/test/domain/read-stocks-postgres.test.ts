import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { testDatabases } from '@bazaar/kit/testing'
import type { StockWriter } from '../../src/domain/inventory.ts'
import { readStocks, updateStock } from '../../src/domain/stock.ts'
import { uniqueId } from '../support/unique-id.ts'

// PGlite runs the service's tests; the distributed mode binds the id list through PostgreSQL's own driver.
const databases = testDatabases([{ name: 'inventory', folder: new URL('../../migrations/', import.meta.url) }], { prefix: 'inventory' })

describe('reading several products\' stock on PostgreSQL', () => {
  it('when known and unknown ids are asked, then the known ones in the order asked', async (t) => {
    const open = await databases.postgres(t)
    if (!open) return
    const db = await open()
    const deps: StockWriter = { transaction: (work) => db.transaction(work), announce: async () => {} }
    const [a, b] = [uniqueId('a'), uniqueId('b')]
    await updateStock(deps, a, { quantity: 3 })
    await updateStock(deps, b, { quantity: 8 })
    assert.deepEqual(await readStocks(db, [b, uniqueId('unknown'), a]), [
      { productId: b, quantity: 8, reserved: 0 },
      { productId: a, quantity: 3, reserved: 0 },
    ])
  })
})
