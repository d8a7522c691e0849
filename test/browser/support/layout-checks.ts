import type { Locator, Page } from 'playwright-core'
import type { InPageElement, InPageWindow } from './in-page.ts'

/** The smallest target a finger can be expected to hit (WCAG 2.2 target size, minimum). */
const smallestTarget = 24

/**
 * Whether the page scrolls sideways; when it does, names the elements reaching past the
 * viewport's right edge, so the failure says what to fix.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const browser = globalThis as unknown as InPageWindow
    const { scrollWidth } = browser.document.documentElement
    if (scrollWidth <= browser.innerWidth) return []
    const describe = (element: InPageElement) =>
      [element.tagName.toLowerCase(), element.id && `#${element.id}`, typeof element.className === 'string' && element.className && `.${element.className.trim().split(/\s+/).join('.')}`]
        .filter(Boolean).join('')
    const wide = Array.from(browser.document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > browser.innerWidth)
      // The outermost offenders: their children overflow only because they do.
      .filter((element, _, all) => element.parentElement === null || !all.includes(element.parentElement))
      .slice(0, 5)
      .map((element) => `${describe(element)} reaches ${Math.round(element.getBoundingClientRect().right)}px`)
    return [`the page is ${scrollWidth}px wide in a ${browser.innerWidth}px viewport: ${wide.join(', ')}`]
  })
}

async function targetProblem(item: Locator): Promise<string | undefined> {
  const name = await item.getAttribute('aria-label') ?? (await item.textContent())?.trim()
  if (!await item.isVisible()) return `"${name}" is hidden`
  const problem = await item.evaluate((element: InPageElement, smallest: number) => {
    const browser = globalThis as unknown as InPageWindow
    const box = element.getBoundingClientRect()
    if (box.x < 0 || box.right > browser.innerWidth) return `is cut off by the viewport (${Math.round(box.x)}px to ${Math.round(box.right)}px)`
    if (box.width < smallest || box.height < smallest) return `is ${Math.round(box.width)}×${Math.round(box.height)}px, too small to tap`
    const hit = browser.document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
    if (hit === null || !element.contains(hit)) return 'is covered by another element'
    return undefined
  }, smallestTarget)
  return problem === undefined ? undefined : `"${name}" ${problem}`
}

/** Every link and button of the main navigation shows whole, large enough and uncovered. */
export async function navigationProblems(page: Page): Promise<string[]> {
  const navigation = page.getByRole('navigation', { name: 'Main' })
  if (!await navigation.isVisible()) return ['the main navigation is hidden']
  const items = await navigation.getByRole('link').or(navigation.getByRole('button')).all()
  const problems = await Promise.all(items.map(targetProblem))
  return problems.filter((problem) => problem !== undefined).map((problem) => `main navigation: ${problem}`)
}
