import type { Doc } from '../doc.ts'
import { at, list, record, stringMap } from '../json.ts'

/** Fields of an HTTPMatchRequest that say nothing about which requests match. */
const labelsOnly = new Set(['name', 'statPrefix'])
const stringMatches = new Set(['uri', 'scheme', 'method', 'authority'])

export interface RuleFinding {
  rule: number
  /** The match of `rule` that is never used; undefined when the whole rule is. */
  match?: number
  reason: string
}

/**
 * Which HTTP rules of a VirtualService can never be used, and which of their matches: Istio
 * takes the first rule that matches, so a rule after one that matches everything is dead, and so
 * is a match that an earlier rule's match already covers. Regular expressions are compared as
 * text (or tried on an exact path), so coverage that needs reasoning about two regexes is missed.
 */
export function deadRoutes(vs: Doc): RuleFinding[] {
  const rules = list(at(vs.body, 'spec', 'http')).map((rule, i) => ({ i, name: describe(rule, i), matches: list(record(rule)?.match).map((m) => record(m) ?? {}) }))
  const findings: RuleFinding[] = []
  const earlier: { rule: string; index: number; match: Record<string, unknown> }[] = []
  let catchAll: string | undefined
  for (const rule of rules) {
    if (catchAll !== undefined) {
      findings.push({ rule: rule.i, reason: `${rule.name} is not used: ${catchAll} before it matches every request` })
      continue
    }
    const covered = rule.matches.map((m) => earlier.find((e) => covers(e.match, m)))
    if (rule.matches.length > 0 && covered.every((c) => c !== undefined)) {
      findings.push({ rule: rule.i, reason: `${rule.name} is not used: earlier rules match every request its matches do` })
    } else {
      covered.forEach((c, k) => {
        if (c !== undefined) findings.push({ rule: rule.i, match: k, reason: `${rule.name} match #${k} is not used (covered by match #${c.index} of ${c.rule})` })
      })
    }
    rule.matches.forEach((match, index) => earlier.push({ rule: rule.name, index, match }))
    if (rule.matches.length === 0 || rule.matches.some((m) => covers(m, {}))) catchAll = rule.name
  }
  return findings
}

function describe(rule: unknown, i: number): string {
  const name = record(rule)?.name
  return typeof name === 'string' ? `rule "${name}"` : `rule #${i}`
}

/** True when every request `later` matches is matched by `earlier` too; false when unsure. */
export function covers(earlier: Record<string, unknown>, later: Record<string, unknown>): boolean {
  if (later.ignoreUriCase === true && earlier.ignoreUriCase !== true) return false
  for (const [field, condition] of Object.entries(earlier)) {
    if (labelsOnly.has(field)) continue
    const other = later[field]
    if (stringMatches.has(field)) {
      if (!stringCovers(condition, other)) return false
    } else if (field === 'headers' || field === 'queryParams') {
      const theirs = record(other) ?? {}
      for (const [name, m] of Object.entries(record(condition) ?? {})) if (!stringCovers(m, theirs[name])) return false
    } else if (field === 'sourceLabels') {
      const theirs = stringMap(other) ?? {}
      for (const [k, v] of Object.entries(stringMap(condition) ?? {})) if (theirs[k] !== v) return false
    } else if (field === 'gateways') {
      const mine = list(condition)
      const theirs = list(other)
      if (theirs.length === 0 || !theirs.every((g) => mine.includes(g))) return false
    } else if (field === 'port' || field === 'sourceNamespace' || field === 'ignoreUriCase') {
      if (JSON.stringify(condition) !== JSON.stringify(other)) return false
    } else {
      return false
    }
  }
  return true
}

/** Whether a StringMatch `{exact|prefix|regex}` matches everything `other` does. */
function stringCovers(condition: unknown, other: unknown): boolean {
  const mine = record(condition) ?? {}
  const theirs = record(other) ?? {}
  if (typeof mine.prefix === 'string') {
    const prefix = mine.prefix
    return prefix === '' || [theirs.exact, theirs.prefix].some((v) => typeof v === 'string' && v.startsWith(prefix))
  }
  if (typeof mine.exact === 'string') return theirs.exact === mine.exact
  if (typeof mine.regex === 'string') {
    if (mine.regex === '.*' || theirs.regex === mine.regex) return true
    return typeof theirs.exact === 'string' && fullMatch(mine.regex, theirs.exact)
  }
  return false
}

function fullMatch(regex: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${regex})$`).test(value)
  } catch {
    return false
  }
}
