import type { Topology } from '@bazaar/topology'
import type { IAuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy'
import type { IRequestAuthentication } from '@kubernetes-models/istio/security.istio.io/v1/RequestAuthentication'
import { uriTemplate } from '../call-paths.ts'
import { containerPort, meta, serviceHost, serviceLabels } from '../names.ts'

/** The users service issues every token (packages/kit/src/service/start.ts: `tokenIssuer`). */
export const tokenIssuer = 'bazaar-users'
const tokenService = 'users'

/**
 * On a service with `access` rules: tokens are verified by the sidecar (issuer and signature,
 * keys from the users service's JWKS) and a request without a valid token is refused on the
 * paths the rules name. Roles stay with the services, which check them again anyway: the mesh
 * cannot tell which of them a service token may stand in for. The token is passed on.
 */
export function jwtDocuments(t: Topology, service: string): object[] {
  const rules = t.services[service]?.access ?? []
  if (rules.length === 0) return []
  if (!(tokenService in t.services)) throw new Error(`services.${service}.access needs a "${tokenService}" service to issue and verify tokens`)
  const selector = { matchLabels: { app: service } }
  const requestAuthentication: IRequestAuthentication = {
    apiVersion: 'security.istio.io/v1',
    kind: 'RequestAuthentication',
    metadata: meta(t, service, serviceLabels(t, service)),
    spec: {
      selector,
      jwtRules: [{
        issuer: tokenIssuer,
        jwksUri: `http://${serviceHost(t, tokenService)}:${containerPort}/.well-known/jwks.json`,
        forwardOriginalToken: true,
      }],
    },
  }
  const requireToken: IAuthorizationPolicy = {
    apiVersion: 'security.istio.io/v1',
    kind: 'AuthorizationPolicy',
    metadata: meta(t, `${service}-require-jwt`, serviceLabels(t, service)),
    spec: {
      selector,
      action: 'DENY',
      rules: [{
        from: [{ source: { notRequestPrincipals: ['*'] } }],
        to: rules.map((rule) => ({ operation: { ...(rule.methods ? { methods: [...rule.methods] } : {}), paths: [uriTemplate(rule.path)] } })),
      }],
    },
  }
  return [requestAuthentication, requireToken]
}
