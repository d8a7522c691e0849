import { report, type Check } from '../../finding.ts'
import { istioNetworking } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { selectorText } from '../../selectors.ts'
import { gatewayPods } from './gateway-pods.ts'

export const gatewaySelector: Check<Index> = {
  code: 'BZ2014',
  level: 'error',
  ist: 'IST0101',
  name: 'GatewaySelectorNotFound',
  title: 'A Gateway\'s selector matches no gateway workload, so no proxy serves it.',
  help: 'Use the labels of the gateway deployment (Istio\'s default ingress is `istio: ingressgateway`, which the analyzer assumes exists unless the files describe istio-system), or deploy the gateway.',
  run: (index) => index.of(istioNetworking, 'Gateway').flatMap((gw) => {
    const found = gatewayPods(index, gw)
    if (found === undefined || found.pods.length > 0) return []
    return [report(gatewaySelector, gw, ['spec', 'selector'], `Referenced selector not found: "${selectorText(found.selector)}"`)]
  }),
}
