import fastifyStatic from '@fastify/static'
import type { ServiceApp } from '@bazaar/kit'
import { storefrontBuild } from '../storefront/build-location.ts'
import { cacheControlOf, isHashedAsset } from '../storefront/cache-policy.ts'
import { placeholderPage } from '../storefront/placeholder-page.ts'
import { staticFile } from '../storefront/static-file.ts'

export interface StorefrontOptions {
  /** Paths under it are the API's: an unknown one stays a 404 problem, never the app. */
  apiPrefix: string
  /** Linked from the placeholder page shown while the storefront is not built. */
  entryPoints: readonly string[]
  /** The built storefront (index.html and its assets); the repository's build by default. */
  root?: string
}

/**
 * The single-page app at `/`: a file of the build when the path names one, else index.html so
 * that the app's own routes (deep links) load it. Files are sent pre-compressed when the build
 * has a .br or .gz copy the browser accepts. The build is looked for on each request, so
 * building it while the gateway runs needs no restart.
 */
export async function registerStorefront(app: ServiceApp, options: StorefrontOptions): Promise<void> {
  const root = options.root ?? storefrontBuild
  const placeholder = placeholderPage(options.entryPoints)
  const isApi = (path: string) => path === options.apiPrefix || path.startsWith(`${options.apiPrefix}/`)
  await app.register(fastifyStatic, { serve: false, preCompressed: true, cacheControl: false })

  // Static files are cheap and a page needs several: only the API counts against a client's limit.
  app.get('/*', { schema: { hide: true }, config: { rateLimit: false } }, async (request, reply) => {
    const path = request.url.split('?', 1)[0] ?? '/'
    if (isApi(path)) return reply.callNotFound()
    const file = await staticFile(root, path)
    if (file !== undefined) return reply.header('cache-control', cacheControlOf(file)).sendFile(file, root)
    // A missing hashed asset is an old release's: answering the page instead would only fail later.
    if (isHashedAsset(path)) return reply.callNotFound()
    const page = await staticFile(root, '/index.html')
    if (page !== undefined) return reply.header('cache-control', cacheControlOf(page)).sendFile(page, root)
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(placeholder)
  })
}
