import type { ServiceApp } from '@bazaar/kit'

/**
 * Every answer names its request: the client's X-Request-Id when it sent one (the kit's app takes
 * it as the request id), else a generated one. The proxy passes the same id upstream.
 */
export function echoRequestId(app: ServiceApp): void {
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id)
    done()
  })
}
