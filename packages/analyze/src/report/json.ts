import type { Analysis } from '../analyze.ts'

/** The findings as a JSON array, each with code, ist, level, kind, namespace, name, file, line, message. */
export function formatJson(analysis: Analysis): string {
  return JSON.stringify(analysis.findings.map((f) => ({
    code: f.code, ist: f.ist, level: f.level, kind: f.kind, namespace: f.namespace, name: f.name, file: f.file, line: f.line, message: f.message,
  })), null, 2)
}
