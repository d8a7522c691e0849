import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Analysis } from '../analyze.ts'
import { internalError } from '../checks/internal-error.ts'
import { istNames } from '../checks/ist.ts'
import type { CheckInfo, Level } from '../finding.ts'

const sarifLevels: Record<Level, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' }

/** SARIF 2.1.0: one run, every rule (so rule indexes are stable), one result per finding. */
export function formatSarif(analysis: Analysis, rules: readonly CheckInfo[], version: string): string {
  const all = [...rules, internalError]
  const ruleIndex = new Map(all.map((r, i) => [r.code, i]))
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'bazaar analyze',
          version,
          rules: all.map((r) => ({
            id: r.code,
            name: r.name,
            shortDescription: { text: r.title },
            fullDescription: { text: r.ist === null ? r.title : `${r.title} (istioctl ${r.ist} ${istNames[r.ist] ?? ''})` },
            help: { text: r.help },
            defaultConfiguration: { level: sarifLevels[r.level] },
            properties: { ist: r.ist },
          })),
        },
      },
      results: analysis.findings.map((f) => ({
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code) ?? -1,
        level: sarifLevels[f.level],
        message: { text: f.message },
        locations: [{
          physicalLocation: { artifactLocation: { uri: uri(f.file) }, region: { startLine: Math.max(1, f.line) } },
          ...(f.kind === null ? {} : { logicalLocations: [{ kind: 'resource', fullyQualifiedName: `${f.kind}/${f.namespace ?? ''}/${f.name}`, name: f.name }] }),
        }],
        properties: { ist: f.ist },
      })),
    }],
  }, null, 2)
}

/** Relative paths stay relative (SARIF resolves them against the repository); absolute ones become file URLs. */
function uri(file: string): string {
  return isAbsolute(file) ? pathToFileURL(file).href : file.split('\\').join('/')
}
