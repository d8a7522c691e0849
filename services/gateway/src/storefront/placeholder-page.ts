/** Until the storefront is built: a page saying the platform runs, how to build it, and where the API starts. */
export function placeholderPage(entryPoints: readonly string[]): string {
  // Entry points are topology paths ([A-Za-z0-9._~/-] only), so they need no escaping.
  const items = entryPoints.map((path) => `<li><a href="${path}">${path}</a></li>`).join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bazaar</title></head>`
    + `<body><h1>Bazaar is running</h1><p>The storefront is not built yet: run <code>npm run build</code>, then reload. The API:</p>`
    + `<ul>${items}</ul></body></html>`
}
