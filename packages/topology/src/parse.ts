import { readFile } from 'node:fs/promises'
import { LineCounter, parseDocument, type Document } from 'yaml'
import { showPath, type Finding } from './field-path.ts'
import { locate, position } from './locate.ts'
import type { Topology } from './model.ts'
import { normalize } from './normalize.ts'
import { checkSchema } from './schema-findings.ts'
import { semanticFindings } from './semantic-checks.ts'
import { TopologyError, type TopologyIssue } from './topology-error.ts'

/** Reads and validates a topology file; throws TopologyError naming the file, line and field. */
export async function loadTopology(path: string): Promise<Topology> {
  return parseTopology(await readFile(path, 'utf8'), path)
}

/**
 * Parses topology YAML; `file` is only used in messages. Checks run in layers (YAML syntax,
 * then the schema, then cross-field rules) because each layer assumes the previous one passed.
 */
export function parseTopology(text: string, file: string): Topology {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const syntaxError = doc.errors[0]
  if (syntaxError !== undefined) {
    // Only the first: later syntax errors are usually echoes of it.
    const { line, column } = position(lineCounter, syntaxError.pos[0])
    throw new TopologyError([{ file, line, column, path: '', message: `invalid YAML: ${syntaxError.message}` }])
  }
  // A YAML alias (`*token-calls`) parses to the anchor's very object; the JSON round trip gives
  // each use its own copy, so changing one service's model never changes another's.
  const data: unknown = JSON.parse(JSON.stringify(doc.toJS()))
  const schema = checkSchema(data)
  if (!schema.ok) throw failure(file, doc, lineCounter, schema.findings)
  const topology = normalize(schema.value)
  const findings = semanticFindings(topology)
  if (findings.length > 0) throw failure(file, doc, lineCounter, findings)
  return topology
}

function failure(file: string, doc: Document, lineCounter: LineCounter, findings: Finding[]): TopologyError {
  const issues: TopologyIssue[] = findings.map((finding) => ({
    file, ...locate(doc, lineCounter, finding), path: showPath(finding.path), message: finding.message,
  }))
  issues.sort((a, b) => a.line - b.line || a.column - b.column)
  return new TopologyError(issues)
}
