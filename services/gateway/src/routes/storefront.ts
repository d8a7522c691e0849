import type { ServiceApp } from '@bazaar/kit'

/** Until the storefront is built: a page saying the platform runs, and where its API starts. */
export function registerStorefront(app: ServiceApp, entryPoints: readonly string[]): void {
  // Entry points are topology paths ([A-Za-z0-9._~/-] only), so they need no escaping.
  const items = entryPoints.map((path) => `<li><a href="${path}">${path}</a></li>`).join('')
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bazaar</title></head>`
    + `<body><h1>Bazaar is running</h1><p>The storefront is not built yet. The API:</p><ul>${items}</ul></body></html>`
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(page))
}
