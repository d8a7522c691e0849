import { Type } from 'typebox'
import type { ServiceApp } from '@bazaar/kit'
import { verificationKeys, type VerificationKeyDeps } from '../domain/signing-key.ts'

const JwkSet = Type.Object({
  keys: Type.Array(Type.Object({
    kty: Type.String(),
    crv: Type.String(),
    x: Type.String(),
    kid: Type.String(),
    alg: Type.String(),
    use: Type.String(),
  })),
})

/** The public keys tokens are verified with (RFC 7517). Verifiers refetch on an unknown kid. */
export function jwksRoutes(app: ServiceApp, deps: VerificationKeyDeps): void {
  app.get('/.well-known/jwks.json', {
    schema: { summary: 'Token signing keys', tags: ['auth'], response: { 200: JwkSet } },
  }, async (_request, reply) => {
    return reply.header('cache-control', 'public, max-age=300').send({ keys: await verificationKeys(deps) })
  })
}
