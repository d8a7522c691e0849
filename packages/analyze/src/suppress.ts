import type { Finding, Located } from './finding.ts'

/** The annotation that silences codes for one resource: `bazaar.dev/analyze-ignore: "BZ1001,BZ2003"`. */
export const ignoreAnnotation = 'bazaar.dev/analyze-ignore'

/** Drops the findings a flag (`--suppress CODE`) or the resource's own annotation silences. */
export function suppress(located: readonly Located[], codes: readonly string[]): { kept: Finding[]; suppressed: number } {
  const silenced = new Set(codes)
  const kept: Finding[] = []
  for (const { finding, doc } of located) {
    const ignored = (doc?.annotations[ignoreAnnotation] ?? '').split(/[\s,]+/)
    if (silenced.has(finding.code) || ignored.includes(finding.code)) continue
    kept.push(finding)
  }
  return { kept, suppressed: located.length - kept.length }
}
