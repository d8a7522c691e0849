import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { posix } from 'node:path'
import { promisify } from 'node:util'
import { importSpecifiers } from './import-specifiers.ts'
import type { Graph } from './strongly-connected.ts'

type ExportTarget = string | { import?: string; default?: string }

interface PackageJson {
  name?: string
  main?: string
  exports?: ExportTarget | Record<string, ExportTarget>
  workspaces?: string[]
}

/** A workspace package's name and, per subpath ('.', './testing'), the file it resolves to. */
interface WorkspacePackage {
  name: string
  entries: Map<string, string>
}

/**
 * Every tracked .ts/.tsx file under `roots`, with the tracked files it imports: relative imports,
 * and the workspace's own packages through their package.json entries. Paths are relative to
 * `repo`; imports of anything outside the repository are left out.
 */
export async function importGraph(repo: string, roots: readonly string[]): Promise<Graph> {
  const tracked = await trackedFiles(repo)
  const sources = tracked.filter((file) => /\.tsx?$/.test(file) && roots.some((root) => file.startsWith(`${root}/`)))
  const known = new Set(sources)
  const packages = await workspacePackages(repo, tracked)
  const graph = new Map<string, string[]>()
  for (const file of sources) {
    const specifiers = importSpecifiers(await readFile(posix.join(repo, file), 'utf8'))
    const targets = specifiers.map((specifier) => resolve(file, specifier, packages, known))
    graph.set(file, [...new Set(targets.filter((target) => target !== undefined))])
  }
  return graph
}

async function trackedFiles(repo: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('git', ['ls-files'], { cwd: repo, maxBuffer: 64 * 1024 * 1024 })
  return stdout.split('\n').filter(Boolean)
}

async function workspacePackages(repo: string, tracked: readonly string[]): Promise<WorkspacePackage[]> {
  const root = await readPackageJson(repo, 'package.json')
  const patterns = (root.workspaces ?? []).map((glob) => new RegExp(`^${glob.replaceAll('*', '[^/]+')}/package\\.json$`))
  const manifests = tracked.filter((file) => patterns.some((pattern) => pattern.test(file)))
  const packages: WorkspacePackage[] = []
  for (const manifest of manifests) {
    const json = await readPackageJson(repo, manifest)
    if (json.name) packages.push({ name: json.name, entries: entries(posix.dirname(manifest), json) })
  }
  return packages
}

async function readPackageJson(repo: string, file: string): Promise<PackageJson> {
  return JSON.parse(await readFile(posix.join(repo, file), 'utf8')) as PackageJson
}

function entries(dir: string, { exports, main }: PackageJson): Map<string, string> {
  const isSubpathMap = typeof exports === 'object' && Object.keys(exports).some((key) => key.startsWith('.'))
  const bySubpath = isSubpathMap ? exports as Record<string, ExportTarget> : { '.': (exports ?? main) as ExportTarget | undefined }
  const resolved = new Map<string, string>()
  for (const [subpath, target] of Object.entries(bySubpath)) {
    const file = typeof target === 'string' ? target : target?.import ?? target?.default
    if (file) resolved.set(subpath, posix.join(dir, file))
  }
  return resolved
}

function resolve(from: string, specifier: string, packages: readonly WorkspacePackage[], known: ReadonlySet<string>): string | undefined {
  if (specifier.startsWith('.')) {
    const path = posix.join(posix.dirname(from), specifier)
    const candidates = [path, `${path}.ts`, `${path}.tsx`, `${path}/index.ts`, `${path}/index.tsx`, path.replace(/\.js(x?)$/, '.ts$1')]
    return candidates.find((candidate) => known.has(candidate))
  }
  const owner = packages.find(({ name }) => specifier === name || specifier.startsWith(`${name}/`))
  const entry = owner?.entries.get(`.${specifier.slice(owner.name.length)}`)
  return entry !== undefined && known.has(entry) ? entry : undefined
}
