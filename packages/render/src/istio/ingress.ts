import { gatewayRoutes, type Topology } from '@bazaar/topology'
import type { IGateway } from '@kubernetes-models/istio/networking.istio.io/v1/Gateway'
import type { IVirtualService } from '@kubernetes-models/istio/networking.istio.io/v1/VirtualService'
import { meta } from '../names.ts'
import { destinations, type HttpRoute } from './destinations.ts'

/** Istio's default ingress gateway deployment (istioctl and the `gateway` chart label it so). */
export const ingressSelector = { istio: 'ingressgateway' }

export function ingressGateway(t: Topology): IGateway {
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'Gateway',
    metadata: meta(t, t.name, { 'app.kubernetes.io/part-of': t.name }),
    spec: {
      selector: ingressSelector,
      servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }],
    },
  }
}

/**
 * Every exposed route goes to the gateway service, which checks tokens and rate limits before
 * it proxies; the methods a route exposes are the only ones let in. Last, GET and HEAD of
 * anything else reach the gateway too: the storefront and /api/health.
 */
export function ingressVirtualService(t: Topology): IVirtualService {
  const edge = destinations(t, t.gateway.service)
  const http: HttpRoute[] = gatewayRoutes(t).map((route) => {
    const method = route.methods ? { method: { regex: route.methods.join('|') } } : {}
    return {
      name: `${route.service}${route.upstreamPrefix.replaceAll(/[^a-z0-9]+/g, '-')}`.replace(/-$/, ''),
      match: [{ uri: { exact: route.prefix }, ...method }, { uri: { prefix: `${route.prefix}/` }, ...method }],
      route: edge,
    }
  })
  http.push({ name: t.gateway.service, match: [{ method: { regex: 'GET|HEAD' } }], route: edge })
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: meta(t, `${t.name}-ingress`, { 'app.kubernetes.io/part-of': t.name }),
    spec: { hosts: ['*'], gateways: [t.name], http },
  }
}
