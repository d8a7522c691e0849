import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const blocking = new Set(['serious', 'critical'])

/** What axe-core finds against WCAG 2.1 AA that is serious or critical: rule, elements and help. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze()
  return results.violations
    .filter((violation) => blocking.has(violation.impact ?? ''))
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ')
      return `${violation.id} (${violation.impact}) at ${targets}: ${violation.help}`
    })
}
