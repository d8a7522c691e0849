import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

const compressible = /\.(?:js|css|svg|html|json)$/
/** Below this a compressed copy saves less than the headers it costs. */
const minBytes = 1024
const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/**
 * Writes a .br and a .gz copy beside every text asset of the build, so the gateway sends them
 * compressed (its static files are served pre-compressed) without compressing on each request.
 */
export function precompress(): Plugin {
  return {
    name: 'bazaar:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist'
      const files = Object.keys(bundle).filter((name) => compressible.test(name)).map((name) => join(outDir, name))
      await Promise.all(files.map(async (path) => {
        const content = await readFile(path)
        if (content.length < minBytes) return
        await writeFile(`${path}.gz`, await gzipped(content, { level: 9 }))
        await writeFile(`${path}.br`, await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 10 } }))
      }))
    },
  }
}
