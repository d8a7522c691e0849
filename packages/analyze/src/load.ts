import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml'
import { invalidYaml } from './checks/schema/invalid-yaml.ts'
import { notAResource } from './checks/schema/not-a-resource.ts'
import { groupOf, isClusterScoped, type Doc } from './doc.ts'
import type { CheckInfo, Located } from './finding.ts'
import { at, record, stringMap, text, type Path } from './json.ts'

/** A file's text and the name findings call it by. */
export interface Source {
  file: string
  text: string
}

export interface Loaded {
  docs: Doc[]
  problems: Located[]
  /** Files that hold no Kubernetes object at all (a compose file, Helm values): not analyzed. */
  skipped: string[]
}

const extensions = ['.yaml', '.yml', '.json']

/**
 * Files as named, and directories walked in name order for YAML and JSON files. A Helm chart
 * (a directory with Chart.yaml) is left out of a walk: its templates are not YAML until rendered.
 */
export async function readSources(paths: readonly string[]): Promise<Source[]> {
  const sources: Source[] = []
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => unreadable(path, error))
    const files = info.isDirectory() ? await walk(path) : [path]
    for (const file of files) sources.push({ file, text: await readFile(file, 'utf8').catch((error: unknown) => unreadable(file, error)) })
  }
  return sources
}

function unreadable(path: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code
  throw new Error(`${path}: cannot read (${code ?? (error as Error).message})`)
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
  if (entries.some((e) => e.isFile() && e.name === 'Chart.yaml')) return []
  const files: string[] = []
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && !entry.name.startsWith('.')) files.push(...(await walk(path)))
    else if (entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext))) files.push(path)
  }
  return files
}

export function parseSources(sources: readonly Source[]): Loaded {
  const loaded: Loaded = { docs: [], problems: [], skipped: [] }
  for (const source of sources) parseSource(source, loaded)
  return loaded
}

function parseSource(source: Source, into: Loaded): void {
  const lineCounter = new LineCounter()
  // Kubernetes reads YAML 1.1 (a bare `on` is a boolean), but keeps dates as strings.
  const documents = parseAllDocuments(source.text, {
    lineCounter,
    version: '1.1',
    customTags: (tags) => tags.filter((tag) => typeof tag !== 'object' || tag.tag !== 'tag:yaml.org,2002:timestamp'),
  })
  const parsed = Array.isArray(documents) ? documents : []
  const problems: Located[] = []
  const objects: { value: unknown; lineOf: (path: Path) => number }[] = []
  for (const doc of parsed) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0].line ?? 1
      problems.push(loadProblem(invalidYaml, source.file, line, `${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')} (column ${error.linePos?.[0].col ?? 1})`))
    }
    if (doc.errors.length > 0 || doc.contents === null) continue
    let value: unknown
    try {
      value = doc.toJS({ maxAliasCount: 100 })
    } catch (error) {
      problems.push(loadProblem(invalidYaml, source.file, lineOfPath(doc, lineCounter, []), (error as Error).message))
      continue
    }
    const lineOf = (path: Path) => lineOfPath(doc, lineCounter, path)
    // A v1 List holds its objects under `items`, as `kubectl get -o yaml` writes them.
    if (at(value, 'kind') === 'List' && Array.isArray(at(value, 'items'))) {
      ;(at(value, 'items') as unknown[]).forEach((item, i) => objects.push({ value: item, lineOf: (path) => lineOf(['items', i, ...path]) }))
    } else objects.push({ value, lineOf })
  }
  if (problems.length === 0 && !objects.some((o) => looksLikeKubernetes(o.value))) {
    if (objects.length > 0) into.skipped.push(source.file)
    return
  }
  into.problems.push(...problems)
  for (const object of objects) {
    const doc = toDoc(source.file, object.value, object.lineOf)
    if (typeof doc === 'string') into.problems.push(loadProblem(notAResource, source.file, object.lineOf([]), doc))
    else into.docs.push(doc)
  }
}

/** A Kubernetes object has a kind; one that lost it still has apiVersion and metadata. (A Bazaar topology has neither.) */
function looksLikeKubernetes(value: unknown): boolean {
  return at(value, 'kind') !== undefined || (at(value, 'apiVersion') !== undefined && at(value, 'metadata') !== undefined)
}

function toDoc(file: string, value: unknown, lineOf: (path: Path) => number): Doc | string {
  const body = record(value)
  if (body === undefined) return 'a document must be a mapping with apiVersion, kind and metadata'
  const apiVersion = text(body.apiVersion)
  const kind = text(body.kind)
  const name = text(at(body, 'metadata', 'name')) ?? text(at(body, 'metadata', 'generateName'))
  const missing = [apiVersion === undefined && 'apiVersion', kind === undefined && 'kind', name === undefined && 'metadata.name'].filter(Boolean)
  if (apiVersion === undefined || kind === undefined || name === undefined) return `not a Kubernetes object: ${missing.join(', ')} missing or not a string`
  const namespace = isClusterScoped(kind) ? undefined : (text(at(body, 'metadata', 'namespace')) ?? 'default')
  return {
    file, apiVersion, group: groupOf(apiVersion), kind, name, namespace, body, lineOf,
    labels: stringMap(at(body, 'metadata', 'labels')) ?? {},
    annotations: stringMap(at(body, 'metadata', 'annotations')) ?? {},
  }
}

function loadProblem(check: CheckInfo, file: string, line: number, message: string): Located {
  return { finding: { code: check.code, ist: check.ist, level: check.level, kind: null, namespace: null, name: null, file, line, message } }
}

/** Map steps point at the key (`port:`), sequence steps at the item. */
function lineOfPath(doc: Document, lineCounter: LineCounter, path: Path): number {
  let node: unknown = doc.contents
  let offset = start(node) ?? 0
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step))
      if (pair === undefined) break
      offset = start(pair.key) ?? offset
      node = pair.value
    } else if (isSeq(node) && typeof step === 'number' && step < node.items.length) {
      node = node.items[step]
      offset = start(node) ?? offset
    } else break
  }
  return lineCounter.linePos(offset).line
}

function start(node: unknown): number | undefined {
  const range = record(node)?.range
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined
}
