import { report, type Check } from '../../finding.ts'
import { istioSecurity } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { sourceValues } from './authz-sources.ts'

export const authzNamespace: Check<Index> = {
  code: 'BZ2102',
  level: 'error',
  ist: 'IST0101',
  name: 'AuthorizationPolicyNamespaceNotFound',
  title: 'An AuthorizationPolicy names a source namespace that does not exist.',
  help: 'Correct the namespace (`*` prefixes and suffixes are allowed). Namespaces that exist are those the files hold objects in, plus default, kube-system, kube-public, kube-node-lease, istio-system and linkerd.',
  run: (index) => index.of(istioSecurity, 'AuthorizationPolicy').flatMap((policy) => sourceValues(policy, 'namespaces')
    .filter((s) => !index.namespaces.some((ns) => namespaceMatches(ns, s.value)))
    .map((s) => report(authzNamespace, policy, s.path, `Referenced namespace not found: "${s.value}"`))),
}

function namespaceMatches(namespace: string, pattern: string): boolean {
  if (pattern === '*') return true
  if (pattern.startsWith('*')) return namespace.endsWith(pattern.slice(1))
  if (pattern.endsWith('*')) return namespace.startsWith(pattern.slice(0, -1))
  return namespace === pattern
}
