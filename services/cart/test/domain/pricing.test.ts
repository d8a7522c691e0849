import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { CartLine, Product } from '../../src/domain/cart.ts'
import { priceCart } from '../../src/domain/pricing.ts'

const addedAt = new Date('2025-01-01T00:00:00Z')
const line = (productId: string, quantity: number): CartLine => ({ productId, quantity, addedAt })
const product = (productId: string, priceMinor: number): Product => ({ productId, name: `Product ${productId}`, priceMinor, currency: 'USD', imageUrl: `/api/products/${productId}/image.svg` })

describe('priceCart', () => {
  it('when every source answered, then line totals and the subtotal are exact sums in cents', () => {
    const cart = priceCart([line('1', 3), line('2', 7)], new Map([['1', product('1', 1999)], ['2', product('2', 10)]]), new Map([['1', 4], ['2', 0]]))
    assert.deepEqual(cart.lines.map((l) => [l.lineTotalMinor, l.available]), [[5997, 4], [70, 0]])
    assert.equal(cart.subtotalMinor, 6067)
    assert.equal(cart.itemCount, 10)
    assert.equal(cart.currency, 'USD')
    assert.equal(cart.lines[0]?.imageUrl, '/api/products/1/image.svg')
  })

  it('when the catalog did not answer, then names, prices and the subtotal are null but quantities and stock remain', () => {
    const cart = priceCart([line('1', 2)], undefined, new Map([['1', 9]]))
    assert.deepEqual(cart.lines, [{ productId: '1', quantity: 2, name: null, priceMinor: null, lineTotalMinor: null, available: 9, imageUrl: null }])
    assert.equal(cart.subtotalMinor, null)
    assert.equal(cart.itemCount, 2)
  })

  it('when a product no longer exists or its stock is unknown, then its line has nulls and is left out of the subtotal', () => {
    const cart = priceCart([line('1', 1), line('gone', 5)], new Map([['1', product('1', 250)]]), new Map())
    assert.deepEqual(cart.lines.map((l) => [l.name, l.lineTotalMinor, l.available]), [['Product 1', 250, null], [null, null, null]])
    assert.equal(cart.subtotalMinor, 250)
  })

  it('when the cart is empty, then the subtotal is 0 in the default currency', () => {
    assert.deepEqual(priceCart([], new Map(), new Map()), { lines: [], subtotalMinor: 0, currency: 'USD', itemCount: 0 })
  })
})
