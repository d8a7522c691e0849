import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export interface KeptSecret {
  value: string
  /** True when this start generated it: the only time a password is shown. */
  generated: boolean
}

/**
 * A secret generated once and kept under the data folder (mode 600), so restarts keep the
 * same admin password and service keys. Without a data folder it lives for this run only.
 */
export async function keptSecret(dataDir: string | undefined, name: string, bytes = 18): Promise<KeptSecret> {
  const fresh = randomBytes(bytes).toString('base64url')
  if (dataDir === undefined) return { value: fresh, generated: true }
  const file = join(dataDir, name)
  try {
    return { value: (await readFile(file, 'utf8')).trim(), generated: false }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  await mkdir(dataDir, { recursive: true })
  await writeFile(file, `${fresh}\n`, { mode: 0o600, flag: 'wx' })
  return { value: fresh, generated: true }
}
