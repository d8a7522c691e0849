import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { adminEmail, adminPassword } from '../support/shop.ts'
import { logInInBrowser, password } from './support/shopper.ts'
import { storefrontSession } from './support/storefront-shop.ts'

describe('the admin pages', () => {
  const session = storefrontSession()

  test('when an admin creates a product, then shoppers find it in search', async (t) => {
    await session.inPage(t, async (page) => {
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
    await session.inPage(t, async (page) => {
      const customer = await session.shop.api.customer('Curious')
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
