import { Type } from 'typebox'
import type { ServiceApp } from '@bazaar/kit'
import type { UsersContext } from '../context.ts'
import { publishedKeys } from '../data/signing-keys.ts'

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
export function jwksRoutes(app: ServiceApp, ctx: UsersContext): void {
  app.get('/.well-known/jwks.json', {
    schema: { summary: 'Token signing keys', tags: ['auth'], response: { 200: JwkSet } },
  }, async (_request, reply) => {
    const keys = await publishedKeys(ctx.db, ctx.config.ACCESS_TOKEN_TTL_SECONDS)
    return reply.header('cache-control', 'public, max-age=300').send({ keys })
  })
}
