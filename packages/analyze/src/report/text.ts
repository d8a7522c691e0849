import type { Analysis } from '../analyze.ts'
import { levels, type Finding, type Level } from '../finding.ts'

const labels: Record<Level, string> = { error: 'Error', warning: 'Warning', info: 'Info' }

/** `Error [BZ2003] (VirtualService shop/reviews deploy/istio.yaml:14) Referenced host not found: "x"`, as istioctl prints. */
export function findingLine(f: Finding): string {
  const where = `${f.file}:${f.line}`
  const resource = f.kind === null ? where : `${f.kind} ${f.namespace === null ? '' : `${f.namespace}/`}${f.name} ${where}`
  return `${labels[f.level]} [${f.code}] (${resource}) ${f.message}`
}

/** Findings grouped by level (errors first), each group by file and line, then a summary. */
export function formatText(analysis: Analysis): string {
  const lines: string[] = []
  for (const level of levels) {
    const group = analysis.findings.filter((f) => f.level === level)
    if (group.length > 0 && lines.length > 0) lines.push('')
    lines.push(...group.map(findingLine))
  }
  if (lines.length > 0) lines.push('')
  lines.push(summary(analysis))
  return lines.join('\n')
}

function summary(analysis: Analysis): string {
  const scope = `${analysis.documents} document${plural(analysis.documents)} from ${analysis.files} file${plural(analysis.files)}`
  const notes = [
    analysis.suppressed > 0 ? `${analysis.suppressed} suppressed` : '',
    analysis.skipped.length > 0 ? `skipped, holding no Kubernetes objects: ${analysis.skipped.join(', ')}` : '',
  ].filter(Boolean)
  const tail = notes.length > 0 ? ` (${notes.join('; ')})` : ''
  if (analysis.findings.length === 0) return `No problems found in ${scope}${tail}.`
  const counts = levels.map((level) => {
    const n = analysis.findings.filter((f) => f.level === level).length
    return `${n} ${level === 'info' ? 'info' : `${level}${plural(n)}`}`
  })
  const byCode = new Map<string, number>()
  for (const f of analysis.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1)
  const codes = [...byCode].sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => `${code}×${n}`).join(' ')
  return `${counts.join(', ')} in ${scope}${tail}: ${codes}`
}

function plural(n: number): string {
  return n === 1 ? '' : 's'
}
