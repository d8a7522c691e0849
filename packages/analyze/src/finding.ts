import type { Doc } from './doc.ts'
import type { Path } from './json.ts'

export const levels = ['error', 'warning', 'info'] as const
export type Level = (typeof levels)[number]

/** One problem, as every report format prints it. */
export interface Finding {
  code: string
  /** The istioctl analyze code when the finding is the same as one of its messages, else null. */
  ist: string | null
  level: Level
  kind: string | null
  namespace: string | null
  name: string | null
  file: string
  line: number
  message: string
}

/** What a check says about itself; docs/README table and SARIF rules are made from it. */
export interface CheckInfo {
  code: string
  level: Level
  ist: string | null
  /** A stable CamelCase name, istioctl's own where `ist` is set. */
  name: string
  /** What is wrong, in one line. */
  title: string
  /** How to fix it. */
  help: string
}

export interface Check<I = unknown> extends CheckInfo {
  run(index: I): Located[]
}

/** A finding and the document it is about, which suppression reads. */
export interface Located {
  finding: Finding
  doc?: Doc
}

/** A finding about a document, pointing at the line of `path` in it. */
export function report(check: CheckInfo, doc: Doc, path: Path, message: string): Located {
  return {
    doc,
    finding: {
      code: check.code,
      ist: check.ist,
      level: check.level,
      kind: doc.kind,
      namespace: doc.namespace ?? null,
      name: doc.name,
      file: doc.file,
      line: doc.lineOf(path),
      message,
    },
  }
}

/** True when a finding's level is at least `threshold`. */
export function atLeast(level: Level, threshold: Level): boolean {
  return levels.indexOf(level) <= levels.indexOf(threshold)
}
