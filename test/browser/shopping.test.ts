import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Page } from 'playwright-core'
import {
  addToCart, cards, fillCard, fillNewAddress, logInInBrowser, openCheckout, password, registerInBrowser, searchAndOpen, waitForStatus,
} from './support/shopper.ts'
import { storefrontSession } from './support/storefront-shop.ts'

interface OrderList {
  items: { order_id: string; status: string; total: number }[]
}

describe('shopping in the storefront', () => {
  const session = storefrontSession()

  /** A customer made through the API with one product in the cart, logged in in the browser. */
  async function customerWithCart(page: Page): Promise<string> {
    const customer = await session.shop.api.customer('Buyer')
    const added = await session.shop.api.post('/api/cart/items', { product_id: '2', quantity: 1 }, customer.token)
    assert.equal(added.status, 201, added.text)
    await logInInBrowser(page, customer.email, password)
    return customer.token
  }

  test('when a new visitor registers, searches, buys two products with the good card, then they watch the order reach delivered', async (t) => {
    await session.inPage(t, async (page) => {
      await registerInBrowser(page, 'Ada')
      await searchAndOpen(page, 'headphones', 'Pulse Wireless Headphones')
      await addToCart(page, 'Pulse Wireless Headphones', 1)
      await searchAndOpen(page, 'skillet', 'Cast Iron Skillet 10"')
      await addToCart(page, 'Cast Iron Skillet 10"', 2)

      await page.getByRole('link', { name: 'Cart, 3 items' }).click()
      await page.getByRole('list', { name: 'Items in your cart' }).getByRole('listitem').nth(1).waitFor()
      await page.getByRole('link', { name: 'Checkout' }).click()
      await page.getByRole('radio', { name: /Standard/ }).waitFor()
      await fillNewAddress(page)
      await fillCard(page, cards.success)
      await page.getByRole('button', { name: 'Place order' }).click()

      await page.getByRole('heading', { name: /^Order #/ }).waitFor()
      await waitForStatus(page, 'Delivered')
      await page.getByRole('link', { name: 'Pulse Wireless Headphones' }).waitFor()
      await page.getByRole('link', { name: 'Cast Iron Skillet 10"' }).waitFor()
    })
  })

  test('when the card is declined, then a clear message shows, and paying again with the good card succeeds', async (t) => {
    await session.inPage(t, async (page) => {
      const token = await customerWithCart(page)
      await openCheckout(page)
      await fillNewAddress(page)
      await fillCard(page, cards.declined)
      await page.getByRole('button', { name: 'Place order' }).click()

      await page.getByRole('alert').filter({ hasText: 'Your card was declined' }).waitFor()
      await fillCard(page, cards.success)
      await page.getByRole('button', { name: /^Pay now/ }).click()
      await page.getByRole('heading', { name: /^Order #/ }).waitFor()
      await waitForStatus(page, 'Delivered')

      const orders = await session.shop.api.get<OrderList>('/api/orders', token)
      assert.equal(orders.body.items.length, 1)
      assert.equal(orders.body.items[0]?.status, 'delivered')
    })
  })

  test('when "Place order" is double-clicked, then exactly one order is placed', async (t) => {
    await session.inPage(t, async (page) => {
      const token = await customerWithCart(page)
      await openCheckout(page)
      await fillNewAddress(page)
      await fillCard(page, cards.success)
      await page.getByRole('button', { name: 'Place order' }).dblclick()

      await page.getByRole('heading', { name: /^Order #/ }).waitFor()
      await waitForStatus(page, 'Delivered')
      const orders = await session.shop.api.get<OrderList>('/api/orders', token)
      assert.equal(orders.body.items.length, 1, JSON.stringify(orders.body))
    })
  })
})
