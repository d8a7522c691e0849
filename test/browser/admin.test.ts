import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { Browser } from 'playwright-core'
import { adminEmail, adminPassword, type Shop } from '../support/shop.ts'
import { launchBrowser } from './support/browser.ts'
import { withPage } from './support/page-session.ts'
import { logInInBrowser, password } from './support/shopper.ts'
import { startStorefrontShop } from './support/storefront-shop.ts'

describe('the admin pages', () => {
  let shop: Shop
  let browser: Browser | undefined
  let gateway: string
  before(async () => {
    shop = await startStorefrontShop()
    gateway = shop.url('gateway')
  })
  after(async () => {
    await browser?.close()
    await shop?.stop()
  })

  test('when an admin creates a product, then shoppers find it in search', async (t) => {
    browser ??= await launchBrowser(t)
    if (browser === undefined) return
    await withPage(t, browser, gateway, async (page) => {
      await logInInBrowser(page, adminEmail, adminPassword)
      await page.getByRole('link', { name: 'Admin' }).click()
      await page.getByRole('link', { name: 'New product' }).click()
      await page.getByLabel('Name').fill('Nebula Star Projector')
      await page.getByLabel('Description').fill('Fills a bedroom ceiling with slowly turning galaxies. Runs on USB-C.')
      await page.getByLabel('Price (USD)').fill('59.90')
      await page.getByLabel('Category').fill('toys-games')
      await page.getByLabel('Weight (grams)').fill('700')
      await page.getByLabel('Units in stock').fill('12')
      await page.getByRole('button', { name: 'Create product' }).click()
      await page.getByRole('status').filter({ hasText: 'Product created' }).waitFor()

      await page.getByRole('searchbox', { name: 'Search products' }).fill('nebula projector')
      await page.getByRole('list', { name: 'Products' }).getByRole('link', { name: 'Nebula Star Projector' }).click()
      await page.getByRole('heading', { level: 1, name: 'Nebula Star Projector' }).waitFor()
      await page.getByText('$59.90').first().waitFor()
      await page.getByText('In stock').first().waitFor()
    })
  })

  test('when a customer opens the admin pages, then they are told they are not allowed, and no admin code loads', async (t) => {
    browser ??= await launchBrowser(t)
    if (browser === undefined) return
    await withPage(t, browser, gateway, async (page) => {
      const customer = await shop.api.customer('Curious')
      const loaded: string[] = []
      page.on('request', (request) => loaded.push(request.url()))
      await logInInBrowser(page, customer.email, password)
      assert.equal(await page.getByRole('link', { name: 'Admin' }).count(), 0)

      for (const path of ['/admin', '/admin/products/new', '/admin/orders']) {
        await page.goto(path)
        await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor()
        await page.getByText(`you are signed in as ${customer.email}`).waitFor()
      }
      assert.deepEqual(loaded.filter((url) => /admin-routes/.test(url)), [])
    })
  })
})
