import type { Locator, Page } from 'playwright-core'
import type { InPageWindow } from './in-page.ts'

/** More Tab presses than any page here needs to reach its content from the top. */
const mostPresses = 60

/** Presses Tab until the focus is on (one of) `target`, as a keyboard user moves through the page. */
export async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  const focused = page.locator(':focus')
  for (let presses = 0; presses < mostPresses; presses++) {
    await page.keyboard.press('Tab')
    if (await target.and(focused).count() > 0) return
  }
  throw new Error(`${mostPresses} presses of Tab never reached ${what}`)
}

/** Whether the focused element draws a focus indicator of its own: an outline or a box shadow. */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const browser = globalThis as unknown as InPageWindow
    const focused = browser.document.activeElement
    if (focused === null) return false
    const style = browser.getComputedStyle(focused)
    const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
    return outlined || style.boxShadow !== 'none'
  })
}
