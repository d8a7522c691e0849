import type { Page } from 'playwright-core'
import { logInInBrowser } from './shopper.ts'

export interface Account {
  email: string
  password: string
}

/** One page of a tour through the shop: where it is, who is signed in, and when it has loaded. */
export interface Stop {
  name: string
  path: string
  /** The account signed in on this page; none for a visitor. */
  as?: Account
  ready(page: Page): Promise<void>
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log out' }).click()
  await page.getByRole('link', { name: 'Log in' }).waitFor()
}

/**
 * Opens each stop in turn, signing out and in when the account changes, and answers what `check`
 * finds wrong on each page, every finding prefixed with the page's name.
 */
export async function tour(page: Page, stops: readonly Stop[], check: (page: Page) => Promise<string[]>): Promise<string[]> {
  const findings: string[] = []
  let signedIn: Account | undefined
  for (const stop of stops) {
    if (stop.as !== signedIn) {
      if (signedIn !== undefined) await logOut(page)
      if (stop.as !== undefined) await logInInBrowser(page, stop.as.email, stop.as.password, stop.path)
      signedIn = stop.as
    }
    await page.goto(stop.path)
    await stop.ready(page)
    findings.push(...(await check(page)).map((finding) => `${stop.name}: ${finding}`))
  }
  return findings
}
