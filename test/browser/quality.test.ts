import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, describe, test } from 'node:test'
import { waitFor } from '@bazaar/kit/testing'
import type { Page } from 'playwright-core'
import { adminEmail, adminPassword, type Shop } from '../support/shop.ts'
import { accessibilityProblems } from './support/accessibility.ts'
import { focusIsVisible, tabTo } from './support/keyboard.ts'
import { horizontalOverflow, navigationProblems } from './support/layout-checks.ts'
import { layoutShift, settled, watchLayoutShifts } from './support/layout-shift.ts'
import { password } from './support/shopper.ts'
import { storefrontSession } from './support/storefront-shop.ts'
import { tour, type Stop } from './support/tour.ts'

const productPath = '/products/2'
const phone = { width: 360, height: 780 }
const desktop = { width: 1280, height: 900 }
/** Google's threshold for a good cumulative layout shift. */
const goodLayoutShift = 0.1

const productList = (page: Page) => page.getByRole('list', { name: 'Products' })

/** A customer with a delivered order, and one more item in the cart. */
async function regularCustomer(shop: Shop): Promise<{ email: string; orderId: string }> {
  const customer = await shop.api.customer('Regular')
  const placed = await shop.api.post<{ order_id: string; total: number }>('/api/orders', {
    items: [{ product_id: '3', quantity: 1 }],
    shipping_address: { name: 'Ada Lovelace', line1: '12 Analytical Row', city: 'Springfield', postal_code: '62701', country: 'US' },
    shipping_method: 'standard',
  }, { token: customer.token, headers: { 'idempotency-key': randomUUID() } })
  assert.equal(placed.status, 201, placed.text)
  const { order_id: orderId, total } = placed.body
  const paid = await shop.api.post('/api/payment', {
    order_id: orderId, amount: total, payment_method: 'credit_card', credit_card_number: '4242424242424242',
  }, { token: customer.token, headers: { 'idempotency-key': randomUUID() } })
  assert.equal(paid.status, 201, paid.text)
  await waitFor(async () => (await shop.api.get<{ status: string }>(`/api/orders/${orderId}`, customer.token)).body.status === 'delivered', { what: 'the order to be delivered' })
  const added = await shop.api.post('/api/cart/items', { product_id: '2', quantity: 1 }, customer.token)
  assert.equal(added.status, 201, added.text)
  return { email: customer.email, orderId }
}

describe('the storefront is accessible, responsive and steady', () => {
  const session = storefrontSession()
  let stops: Stop[]
  before(async () => {
    const customer = await regularCustomer(session.shop)
    const shopper = { email: customer.email, password }
    const admin = { email: adminEmail, password: adminPassword }
    stops = [
      { name: 'home', path: '/', ready: (page) => productList(page).getByRole('link').first().waitFor() },
      { name: 'product', path: productPath, ready: (page) => page.getByRole('button', { name: 'Add to cart' }).waitFor() },
      { name: 'login', path: '/login', ready: (page) => page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor() },
      { name: 'register', path: '/register', ready: (page) => page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor() },
      { name: 'cart', path: '/cart', as: shopper, ready: (page) => page.getByRole('list', { name: 'Items in your cart' }).getByRole('listitem').first().waitFor() },
      { name: 'checkout', path: '/checkout', as: shopper, ready: (page) => page.getByRole('radio', { name: /Standard/ }).waitFor() },
      { name: 'order', path: `/orders/${customer.orderId}`, as: shopper, ready: (page) => page.getByRole('status').filter({ hasText: 'Status: Delivered' }).waitFor() },
      { name: 'admin products', path: '/admin/products', as: admin, ready: (page) => page.getByRole('table').getByRole('link').first().waitFor() },
    ]
  })

  test('when axe-core checks every page a visitor sees against WCAG 2.1 AA, then it finds nothing serious or critical', async (t) => {
    await session.inPage(t, async (page) => {
      const problems = await tour(page, stops, accessibilityProblems)
      assert.deepEqual(problems, [], `accessibility violations:\n${problems.join('\n')}`)
    })
  })

  test('when a keyboard user tabs from the home page, then they reach the search and a product, see where the focus is, and open it with Enter', async (t) => {
    await session.inPage(t, async (page) => {
      await page.goto('/')
      const products = productList(page).getByRole('link')
      await products.first().waitFor()

      await tabTo(page, page.getByRole('searchbox', { name: 'Search products' }), 'the search box')
      assert.ok(await focusIsVisible(page), 'the focused search box shows a focus indicator')
      await tabTo(page, products, 'a product link')
      assert.ok(await focusIsVisible(page), 'the focused product link shows a focus indicator')

      const name = (await page.locator(':focus').textContent()) ?? ''
      assert.notEqual(name, '', 'the focused product link names its product')
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name, exact: true }).waitFor()
    })
  })

  for (const viewport of [phone, desktop]) {
    test(`when every page is shown ${viewport.width}px wide, then none scrolls sideways and the main navigation stays usable`, async (t) => {
      await session.inPage(t, async (page) => {
        await page.setViewportSize(viewport)
        const problems = await tour(page, stops, async (shown) => [...await horizontalOverflow(shown), ...await navigationProblems(shown)])
        assert.deepEqual(problems, [], `layout problems:\n${problems.join('\n')}`)
      })
    })
  }

  test('when the home page and a product page load, then their layout shift stays under 0.1 on a phone and a desktop', async (t) => {
    await session.inPage(t, async (page) => {
      await watchLayoutShifts(page)
      const loads = [
        { name: 'home', path: '/', loaded: (shown: Page) => productList(shown).getByRole('link').first().waitFor() },
        { name: 'product', path: productPath, loaded: (shown: Page) => shown.getByRole('img', { name: 'Pulse Wireless Headphones' }).waitFor() },
      ]
      const shifty: string[] = []
      for (const viewport of [phone, desktop]) {
        await page.setViewportSize(viewport)
        for (const load of loads) {
          await page.goto(load.path)
          await load.loaded(page)
          await settled(page)
          const { score, shifts } = await layoutShift(page)
          if (score >= goodLayoutShift) shifty.push(`${load.name} at ${viewport.width}px: ${score.toFixed(3)} from ${JSON.stringify(shifts)}`)
        }
      }
      assert.deepEqual(shifty, [], `layout shifts:\n${shifty.join('\n')}`)
    })
  })
})
