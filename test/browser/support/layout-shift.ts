import type { Page } from 'playwright-core'
import type { InPageElement, InPageImage, InPageWindow } from './in-page.ts'

export interface LayoutShift {
  /** Cumulative layout shift: the sum of the shifts not caused by the user's input. */
  score: number
  /** Each shift's score and the elements that moved, for the failure message. */
  shifts: { value: number; sources: string[] }[]
}

/** Records every layout shift from the start of each document the page opens from now on. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const browser = globalThis as unknown as InPageWindow
    const shifts: { value: number; sources: string[] }[] = []
    browser.layoutShifts = shifts
    const describe = (element: InPageElement | null) =>
      element === null ? 'a removed element' : [element.tagName.toLowerCase(), typeof element.className === 'string' && element.className && `.${element.className.trim().split(/\s+/).join('.')}`].filter(Boolean).join('')
    new browser.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: entry.sources.map((source) => describe(source.node)) })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** Waits until the network is quiet and every image in view has loaded and been painted. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => {
    const browser = globalThis as unknown as InPageWindow
    const inView = (image: InPageImage) => {
      const box = image.getBoundingClientRect()
      return box.width > 0 && box.y < browser.innerHeight && box.y + box.height > 0
    }
    return Array.from(browser.document.images).filter(inView).every((image) => image.complete && image.naturalWidth > 0)
  })
  // Two frames: the last layout is done and its shift entries delivered.
  await page.evaluate(() => new Promise<void>((resolve) => {
    const browser = globalThis as unknown as InPageWindow
    browser.requestAnimationFrame(() => browser.requestAnimationFrame(resolve))
  }))
}

/** The layout shift of the current document so far (`watchLayoutShifts` must run before it opened). */
export async function layoutShift(page: Page): Promise<LayoutShift> {
  const shifts = await page.evaluate(() => (globalThis as unknown as InPageWindow).layoutShifts)
  if (shifts === undefined) throw new Error('layout shifts are not watched: call watchLayoutShifts before opening the page')
  return { score: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts }
}
