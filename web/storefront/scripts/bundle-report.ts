import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

/** What the first page may load of JavaScript, gzipped. */
const budgetBytes = 200_000
const dist = new URL('../dist/', import.meta.url).pathname

interface Asset {
  path: string
  raw: number
  gzip: number
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && !/\.(?:gz|br)$/.test(entry.name))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
    .sort()
}

async function measure(path: string): Promise<Asset> {
  const content = await readFile(join(dist, path))
  return { path, raw: content.length, gzip: gzipSync(content, { level: 9 }).length }
}

/** The scripts index.html loads at once: its module entry and every module it preloads. */
function firstPageScripts(html: string): string[] {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? []
  const urls = tags
    .filter((tag) => /^<script\b/.test(tag) ? /type="module"/.test(tag) : /rel="modulepreload"/.test(tag))
    .map((tag) => /(?:src|href)="([^"]+)"/.exec(tag)?.[1])
    .filter((url): url is string => url !== undefined && url.startsWith('/'))
  return [...new Set(urls.map((url) => url.slice(1)))]
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`

const assets = await Promise.all((await filesUnder(dist)).map(measure))
const width = Math.max(...assets.map((asset) => asset.path.length))
console.log(`${'asset'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`)
for (const asset of assets) console.log(`${asset.path.padEnd(width)}  ${kb(asset.raw).padStart(10)}  ${kb(asset.gzip).padStart(10)}`)

const first = firstPageScripts(await readFile(join(dist, 'index.html'), 'utf8'))
const missing = first.filter((path) => !assets.some((asset) => asset.path === path))
if (missing.length > 0) {
  console.error(`index.html loads files the build does not have: ${missing.join(', ')}`)
  process.exit(1)
}
const total = assets.filter((asset) => first.includes(asset.path)).reduce((sum, asset) => sum + asset.gzip, 0)
console.log(`\nFirst page JavaScript (${first.length} ${first.length === 1 ? 'file' : 'files'}): ${kb(total)} gzipped, budget ${kb(budgetBytes)}`)
if (total > budgetBytes) {
  console.error(`Over budget by ${kb(total - budgetBytes)}: lazy-load more of the app.`)
  process.exit(1)
}
