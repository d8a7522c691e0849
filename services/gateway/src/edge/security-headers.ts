import type { IncomingMessage, ServerResponse } from 'node:http'
import helmet, { type HelmetOptions } from 'helmet'
import type { ServiceApp } from '@bazaar/kit'

/**
 * A Content Security Policy for a single-page app served from this same origin: its scripts,
 * styles and API calls come from here only. No upgrade-insecure-requests: the embedded platform
 * is served over plain http on localhost.
 */
export const securityHeaderOptions: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      imgSrc: ["'self'", 'data:', 'https:'],
      objectSrc: ["'none'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      // React and Vite set style attributes and inject styles.
      styleSrc: ["'self'", "'unsafe-inline'"],
    },
  },
}

const ignore = (): void => {}

/**
 * Helmet's headers on every response. Helmet itself rather than @fastify/helmet: the plugin
 * builds Helmet's middleware, parsing the policy again, on every request (a tenth of the
 * gateway's time under load); built once here, each request only sets the headers.
 */
export function registerSecurityHeaders(app: ServiceApp): void {
  const apply: (request: IncomingMessage, response: ServerResponse, next: () => void) => void = helmet(securityHeaderOptions)
  // Helmet's middleware is synchronous and throws rather than passing errors on.
  app.addHook('onRequest', (request, reply, done) => {
    apply(request.raw, reply.raw, ignore)
    done()
  })
}
