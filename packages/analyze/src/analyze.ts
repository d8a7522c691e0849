import { checks } from './checks/index.ts'
import { internalError } from './checks/internal-error.ts'
import type { Finding, Located } from './finding.ts'
import { indexOf } from './index-of.ts'
import { parseSources, type Source } from './load.ts'
import { loadValidators } from './schemas.ts'
import { suppress } from './suppress.ts'

export interface AnalyzeOptions {
  /** Codes to leave out of the result, as `--suppress` gives them. */
  suppress?: readonly string[]
}

export interface Analysis {
  findings: Finding[]
  suppressed: number
  documents: number
  files: number
  /** Files that hold no Kubernetes object (a Compose file, Helm values): not analyzed. */
  skipped: string[]
}

/**
 * Reads the files' documents, builds the index of the cluster they describe once, and runs
 * every check on it. Findings come sorted by file and line.
 */
export async function analyze(sources: readonly Source[], options: AnalyzeOptions = {}): Promise<Analysis> {
  const loaded = parseSources(sources)
  const index = indexOf(loaded, await loadValidators(loaded.docs))
  const located = checks.flatMap((check) => runCheck(check.code, () => check.run(index)))
  const { kept, suppressed } = suppress(located, options.suppress ?? [])
  kept.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code))
  return { findings: kept, suppressed, documents: loaded.docs.length, files: sources.length - loaded.skipped.length, skipped: loaded.skipped }
}

/** A check that throws is a bug; the others still run and the bug is a finding, not a crash. */
function runCheck(code: string, run: () => Located[]): Located[] {
  try {
    return run()
  } catch (error) {
    const message = `check ${code} failed: ${error instanceof Error ? error.message : String(error)}`
    return [{ finding: { code: internalError.code, ist: internalError.ist, level: internalError.level, kind: null, namespace: null, name: null, file: '-', line: 0, message } }]
  }
}
