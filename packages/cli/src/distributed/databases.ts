import { dropDatabase, ensureDatabase } from '@bazaar/kit'
import type { Topology } from '@bazaar/topology'

/** The services of the topology that own a database (they take DATABASE_URL). */
export function servicesWithDatabase(topology: Topology): string[] {
  return Object.entries(topology.services).filter(([, entry]) => entry.secrets?.includes('DATABASE_URL')).map(([name]) => name)
}

/** `postgres://host/postgres` with its database replaced by `name`. */
function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

const databaseName = (prefix: string, service: string) => `${prefix}${service}`.replaceAll('-', '_')

/** One database per service, `<prefix><service>` (dashes become underscores), created when missing. */
export async function ensureServiceDatabases(serverUrl: string, services: readonly string[], prefix: string): Promise<Map<string, string>> {
  const urls = new Map<string, string>()
  for (const service of services) {
    const name = databaseName(prefix, service)
    await ensureDatabase(serverUrl, name)
    urls.set(service, databaseUrl(serverUrl, name))
  }
  return urls
}

/** Drops what ensureServiceDatabases created: a test run's databases, once it is over. */
export async function dropServiceDatabases(serverUrl: string, services: readonly string[], prefix: string): Promise<void> {
  for (const service of services) await dropDatabase(serverUrl, databaseName(prefix, service))
}
