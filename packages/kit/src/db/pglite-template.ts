import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'

/**
 * Creating a PGlite database (initdb) takes seconds; loading a dump of an empty one takes about
 * one. `npm install` makes that dump once (prepareTemplate), next to the installed packages and
 * keyed by PGlite's version, so the first `npm start` on a machine starts in a few seconds.
 */
function installedPglite(): { root: string; version: string } {
  let dir = dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite')))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version: string }
      if (name === '@electric-sql/pglite') return { root: dir, version }
    }
    if (dirname(dir) === dir) throw new Error('@electric-sql/pglite is not installed')
    dir = dirname(dir)
  }
}

const pglite = installedPglite()
// node_modules/.cache is where installed tools keep what they derive; npm ci starts it afresh.
const cacheDir = join(pglite.root, '..', '..', '.cache', 'bazaar')
export const templateFile = join(cacheDir, `pglite-${pglite.version}-empty.tar`)

export async function prepareTemplate(): Promise<void> {
  if (existsSync(templateFile)) return
  const pg = await PGlite.create()
  const dump = await pg.dumpDataDir('none')
  await pg.close()
  await mkdir(cacheDir, { recursive: true })
  const partial = `${templateFile}.${process.pid}`
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()))
  await rename(partial, templateFile)
}

/** A fresh data directory starts from the template when there is one; otherwise PGlite runs initdb. */
export async function openFromTemplate(dataDir: string, template = templateFile): Promise<PGlite> {
  const fresh = !existsSync(dataDir) || readdirSync(dataDir).length === 0
  if (!fresh || !existsSync(template)) return PGlite.create({ dataDir })
  return PGlite.create({ dataDir, loadDataDir: new Blob([await readFile(template)]) })
}
