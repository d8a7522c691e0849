import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'
import type { Topology } from '@bazaar/topology'
import { startPlatform } from '../platform/platform.ts'

/** Where the storefront keeps the generated types, from the repository's root. */
export const apiTypesFolder = 'web/storefront/src/api/generated'

/** The services the gateway routes to: the API the storefront calls. */
function apiServices(topology: Topology): string[] {
  return Object.entries(topology.services).filter(([, service]) => service.expose.length > 0).map(([name]) => name)
}

/**
 * Each API service's OpenAPI document, as its /docs/json answers it. The services are started
 * in this process on PGlite in memory, because a route's schema is only known once the
 * service has registered it, and some register theirs after reading their database.
 */
async function openApiDocuments(topology: Topology): Promise<Map<string, OpenAPI3>> {
  const services = apiServices(topology)
  const platform = await startPlatform({ topology, randomPorts: true, only: services, overrides: () => ({ LOG_LEVEL: 'silent' }) })
  try {
    return new Map(services.map((name) => [name, platform.services.get(name)!.app.swagger() as OpenAPI3]))
  } finally {
    await platform.stop()
  }
}

/** The TypeScript types of every API service's document, by file name (`<service>.ts`). */
export async function apiTypeFiles(topology: Topology): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const [name, document] of await openApiDocuments(topology)) {
    const header = `// The ${name} service's API, generated from its OpenAPI document by \`npm run api-types\`: do not edit.\n\n`
    files.set(`${name}.ts`, header + astToString(await openapiTS(document)))
  }
  return files
}
