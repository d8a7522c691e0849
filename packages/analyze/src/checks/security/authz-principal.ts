import { report, type Check, type Located } from '../../finding.ts'
import { istioSecurity } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { sourceValues } from './authz-sources.ts'

export const authzPrincipal: Check<Index> = {
  code: 'BZ2103',
  level: 'error',
  ist: null,
  name: 'AuthorizationPolicyPrincipalNotFound',
  title: 'An AuthorizationPolicy names a principal whose service account (or namespace) does not exist, so the rule never matches.',
  help: 'A principal is `<trust domain>/ns/<namespace>/sa/<service account>`: correct it, or add the ServiceAccount and run the caller under it (`serviceAccountName`). Principals in namespaces the files do not describe are not checked.',
  run(index) {
    const found: Located[] = []
    for (const policy of index.of(istioSecurity, 'AuthorizationPolicy')) {
      for (const s of sourceValues(policy, 'principals')) {
        const parsed = /^[^/]+\/ns\/([^/]+)\/sa\/([^/]+)$/.exec(s.value)
        if (parsed === null || s.value.includes('*')) continue
        const [, namespace = '', account = ''] = parsed
        if (!index.namespaceExists(namespace)) found.push(report(authzPrincipal, policy, s.path, `Principal "${s.value}" names namespace ${namespace}, which does not exist`))
        else if (index.serviceAccountExists(namespace, account) === false) found.push(report(authzPrincipal, policy, s.path, `Principal "${s.value}" names service account ${namespace}/${account}, which does not exist`))
      }
    }
    return found
  },
}
