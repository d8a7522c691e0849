import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { AnyServiceDefinition } from '@bazaar/kit'

export type Loaded = { definition: AnyServiceDefinition } | { skipped: string }

/** Where a package's entry file is, or undefined when the package is not installed. */
function entryOf(packageName: string): string | undefined {
  try {
    return fileURLToPath(import.meta.resolve(packageName))
  } catch {
    return undefined
  }
}

/**
 * A service's definition from its workspace package. A package that is not there yet (or whose
 * entry file is not written yet) is skipped with the reason, so the platform starts with what
 * has been built.
 */
export async function loadService(packageName: string): Promise<Loaded> {
  const entry = entryOf(packageName)
  if (entry === undefined || !existsSync(entry)) return { skipped: 'not built yet' }
  const module = (await import(packageName)) as { service?: AnyServiceDefinition }
  if (!module.service) return { skipped: `${packageName} exports no \`service\`` }
  return { definition: module.service }
}
