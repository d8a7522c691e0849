import { Type } from 'typebox'
import type { ServiceApp } from '@bazaar/kit'
import { issueServiceToken, type ServiceClientDeps } from '../domain/service-clients.ts'
import { closed, TokenGrantView } from './schemas.ts'

const ClientCredentialsBody = Type.Object({
  grant_type: Type.Literal('client_credentials'),
  client_id: Type.String({ minLength: 1, maxLength: 63 }),
  client_secret: Type.String({ minLength: 1, maxLength: 256 }),
  audience: Type.String({ minLength: 1, maxLength: 63, description: 'the service the token is for' }),
}, closed)

/** OAuth2 client credentials grant (RFC 6749 4.4) for service-to-service calls. */
export function serviceTokenRoutes(app: ServiceApp, deps: ServiceClientDeps): void {
  app.post('/auth/token', {
    schema: { summary: 'Issue a service token', tags: ['auth'], body: ClientCredentialsBody, response: { 200: TokenGrantView } },
  }, async (request, reply) => {
    const body = request.body
    const access = await issueServiceToken(deps, { clientId: body.client_id, clientSecret: body.client_secret, audience: body.audience })
    return reply.header('cache-control', 'no-store').send({ access_token: access.token, token_type: 'Bearer', expires_in: access.expiresIn })
  })
}
