import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { describe, test, type TestContext } from 'node:test'
import type { Queryable } from '@bazaar/kit'
import type { CartStore } from '../../src/data/cart-store.ts'

const limits = { maxQuantity: 99, maxLines: 3 }
/** Each test works on carts of its own users, so a store may be shared between tests. */
const someone = () => `user-${randomUUID()}`
const quantities = async (store: CartStore, userId: string) =>
  (await store.lines(userId)).map((line) => [line.productId, line.quantity])

/** Runs `work` in a transaction of the store's database, as the inbox of a consumer does. */
export type Within = (store: CartStore, work: (tx: Queryable) => Promise<void>) => Promise<void>

/**
 * The contract every cart store keeps. `open` answers the store under test, or undefined when
 * its server is unavailable (the test is then skipped).
 */
export function cartStoreSuite(name: string, open: (t: TestContext) => Promise<CartStore | undefined>, within: Within): void {
  describe(`CartStore on ${name}`, () => {
    test('when an order takes its lines late, then lines added or grown after it keep the difference, and the same order takes nothing twice', async (t) => {
      const store = await open(t)
      if (!store) return
      const user = someone()
      await store.add(user, 'A', 2, limits)
      await store.add(user, 'C', 1, limits)
      const order = { orderId: randomUUID(), userId: user, lines: [{ productId: 'A', quantity: 2 }, { productId: 'C', quantity: 1 }] }
      // After the order was placed, and before its event arrives: A grows, B is added.
      await store.add(user, 'A', 1, limits)
      await store.add(user, 'B', 4, limits)
      await within(store, (tx) => store.takeOrderedWithin(tx, order))
      assert.deepEqual(await quantities(store, user), [['A', 1], ['B', 4]])
      await within(store, (tx) => store.takeOrderedWithin(tx, order))
      assert.deepEqual(await quantities(store, user), [['A', 1], ['B', 4]], 'the same order again took nothing')
      const shrunk = { orderId: randomUUID(), userId: user, lines: [{ productId: 'B', quantity: 9 }] }
      await within(store, (tx) => store.takeOrderedWithin(tx, shrunk))
      assert.deepEqual(await quantities(store, user), [['A', 1]], 'a line holding less than the order took goes')
    })

    test('when a user never had a cart, then it has no lines and clearing or removing changes nothing', async (t) => {
      const store = await open(t)
      if (!store) return
      const user = someone()
      assert.deepEqual(await store.lines(user), [])
      await store.remove(user, '1')
      await store.clear(user)
      assert.equal(await store.setQuantity(user, '1', 2), undefined)
      assert.deepEqual(await store.lines(user), [])
    })

    test('when a product is added twice, then one line holds the sum and only the first add created it', async (t) => {
      const store = await open(t)
      if (!store) return
      const user = someone()
      const first = await store.add(user, '7', 2, limits)
      const second = await store.add(user, '7', 3, limits)
      assert.deepEqual([first.ok && first.created, second.ok && second.created], [true, false])
      assert.equal(second.ok && second.line.quantity, 5)
      await store.add(user, '3', 1, limits)
      assert.deepEqual(await quantities(store, user), [['7', 5], ['3', 1]], 'oldest line first')
    })

    test('when a line would hold more than 99 or the cart more lines than allowed, then the add is refused and nothing changes', async (t) => {
      const store = await open(t)
      if (!store) return
      const user = someone()
      await store.add(user, 'a', 90, limits)
      assert.deepEqual(await store.add(user, 'a', 10, limits), { ok: false, refused: 'quantity' })
      await store.add(user, 'b', 1, limits)
      await store.add(user, 'c', 1, limits)
      assert.deepEqual(await store.add(user, 'd', 1, limits), { ok: false, refused: 'lines' })
      assert.equal((await store.add(user, 'c', 1, limits)).ok, true, 'an existing line still grows in a full cart')
      assert.deepEqual(await quantities(store, user), [['a', 90], ['b', 1], ['c', 2]])
    })

    test('when quantities are set, lines removed and the cart cleared, then only that user\'s cart changes', async (t) => {
      const store = await open(t)
      if (!store) return
      const [me, other] = [someone(), someone()]
      for (const user of [me, other]) {
        await store.add(user, '1', 1, limits)
        await store.add(user, '2', 1, limits)
      }
      assert.equal((await store.setQuantity(me, '1', 42))?.quantity, 42)
      await store.remove(me, '2')
      assert.deepEqual(await quantities(store, me), [['1', 42]])
      await store.clear(me)
      assert.deepEqual(await store.lines(me), [])
      assert.deepEqual(await quantities(store, other), [['1', 1], ['2', 1]])
    })

    test('when ten adds of ten units race on one line, then nine succeed and the line holds 90', async (t) => {
      const store = await open(t)
      if (!store) return
      const user = someone()
      const outcomes = await Promise.all(Array.from({ length: 10 }, () => store.add(user, 'hot', 10, limits)))
      assert.equal(outcomes.filter((outcome) => outcome.ok).length, 9)
      assert.equal(outcomes.filter((outcome) => outcome.ok && outcome.created).length, 1)
      assert.deepEqual(await quantities(store, user), [['hot', 90]])
    })

    test('when adds of five different products race on a cart of three lines, then three get a line and none is lost', async (t) => {
      const store = await open(t)
      if (!store) return
      const user = someone()
      const outcomes = await Promise.all(['p1', 'p2', 'p3', 'p4', 'p5'].map((product) => store.add(user, product, 1, limits)))
      const added = outcomes.filter((outcome) => outcome.ok).map((outcome) => outcome.line.productId)
      assert.equal(added.length, 3)
      assert.deepEqual(outcomes.filter((outcome) => !outcome.ok), [{ ok: false, refused: 'lines' }, { ok: false, refused: 'lines' }])
      assert.deepEqual((await quantities(store, user)).map(([product]) => product).sort(), added.sort())
    })
  })
}
