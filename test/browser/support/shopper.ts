import type { Page } from 'playwright-core'

/** The test card numbers the checkout page lists. */
export const cards = {
  success: '4242 4242 4242 4242',
  declined: '4000 0000 0000 0002',
} as const

export const password = 'correct horse battery'

/** A new account through the register page; answers its email. */
export async function registerInBrowser(page: Page, name: string): Promise<string> {
  const email = `${name.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
  await page.goto('/')
  await page.getByRole('link', { name: 'Register' }).click()
  await page.getByLabel('Name').fill(name)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Create account' }).click()
  await page.getByRole('button', { name: 'Log out' }).waitFor()
  return email
}

/** Logs in through the login page, going to `next` afterwards. */
export async function logInInBrowser(page: Page, email: string, secret: string, next = '/'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(secret)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.getByRole('button', { name: 'Log out' }).waitFor()
}

/** Types into the header's search, as a shopper does, and opens the product it finds. */
export async function searchAndOpen(page: Page, words: string, productName: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search products' }).fill(words)
  await page.getByRole('heading', { name: `Results for “${words}”` }).waitFor()
  await page.getByRole('list', { name: 'Products' }).getByRole('link', { name: productName }).click()
  await page.getByRole('heading', { level: 1, name: productName }).waitFor()
}

export async function addToCart(page: Page, productName: string, quantity: number): Promise<void> {
  await page.getByLabel('Quantity').fill(String(quantity))
  await page.getByRole('button', { name: 'Add to cart' }).click()
  await page.getByRole('status').filter({ hasText: `Added ${quantity} × ${productName} to your cart` }).waitFor()
}

export async function fillNewAddress(page: Page): Promise<void> {
  await page.getByLabel('Full name').fill('Ada Lovelace')
  await page.getByLabel('Street address').fill('12 Analytical Row')
  await page.getByLabel('City').fill('Springfield')
  await page.getByLabel('Postal code').fill('62701')
  await page.getByLabel('Country').selectOption('US')
}

/** Fills the card form; the number as the page's test card list offers it. */
export async function fillCard(page: Page, number: string): Promise<void> {
  await page.getByRole('button', { name: `Use card ${number}` }).click()
  await page.getByLabel('Expiry (MM/YY)').fill('12/39')
  await page.getByLabel('CVC').fill('123')
}

/** The checkout page once its shipping quote arrived. */
export async function openCheckout(page: Page): Promise<void> {
  await page.goto('/checkout')
  await page.getByRole('heading', { name: 'Checkout' }).waitFor()
  await page.getByRole('radio', { name: /Standard/ }).waitFor()
}

/** The order page's live status line reads `status`. */
export async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: `Status: ${status}` }).waitFor()
}
