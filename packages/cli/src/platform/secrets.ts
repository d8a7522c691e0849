import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deriveClientSecret } from '@bazaar/kit'

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

export interface PlatformSecrets {
  /** What every service's client secret derives from: tests mint service tokens with it. */
  clientKey: KeptSecret
  /** Undefined when ADMIN_PASSWORD is given. */
  adminPassword: KeptSecret | undefined
  /** The secret settings of one service: its client secret; for users, also the key and the admin password. */
  settingsOf(service: string): Record<string, string>
}

/** The secrets a platform's launcher hands its services, kept under the data folder. */
export async function platformSecrets(dataDir: string | undefined, env: Readonly<Record<string, string | undefined>>): Promise<PlatformSecrets> {
  const clientKey = await keptSecret(dataDir, 'service-client-key', 32)
  const adminPassword = env.ADMIN_PASSWORD ? undefined : await keptSecret(dataDir, 'admin-password')
  return {
    clientKey,
    adminPassword,
    settingsOf: (service) => ({
      SERVICE_CLIENT_SECRET: deriveClientSecret(clientKey.value, service),
      ...(service === 'users' ? { SERVICE_CLIENT_KEY: clientKey.value, ...(adminPassword ? { ADMIN_PASSWORD: adminPassword.value } : {}) } : {}),
    }),
  }
}
