import { report, type Check, type Located } from '../../finding.ts'
import { linkerdPolicy } from '../../groups.ts'
import type { Index } from '../../cluster-index.ts'
import { at, list } from '../../json.ts'
import { ref } from './refs.ts'

const authentications = ['MeshTLSAuthentication', 'NetworkAuthentication']

export const linkerdAuthentication: Check<Index> = {
  code: 'BZ4003',
  level: 'error',
  ist: null,
  name: 'LinkerdAuthenticationNotFound',
  title: 'A Linkerd AuthorizationPolicy requires an authentication (or a MeshTLSAuthentication names an identity) that does not exist; Linkerd then ignores the authorization.',
  help: 'Create the MeshTLSAuthentication, NetworkAuthentication or ServiceAccount named (in the namespace given, else the policy\'s), or correct the reference.',
  run(index) {
    const found: Located[] = []
    for (const policy of index.of(linkerdPolicy, 'AuthorizationPolicy')) {
      list(at(policy.body, 'spec', 'requiredAuthenticationRefs')).forEach((value, i) => {
        const r = ref(value, { group: '' })
        const namespace = r.namespace ?? policy.namespace ?? 'default'
        if (r.name === undefined || !index.described(namespace)) return
        const exists = r.group === linkerdPolicy && r.kind !== undefined && authentications.includes(r.kind)
          ? index.find(linkerdPolicy, r.kind, namespace, r.name) !== undefined
          : r.group === '' && r.kind === 'ServiceAccount' ? index.serviceAccountExists(namespace, r.name) !== false : true
        if (!exists) found.push(report(linkerdAuthentication, policy, ['spec', 'requiredAuthenticationRefs', i], `${r.kind} ${namespace}/${r.name} not found`))
      })
    }
    for (const authn of index.of(linkerdPolicy, 'MeshTLSAuthentication')) {
      list(at(authn.body, 'spec', 'identityRefs')).forEach((value, i) => {
        const r = ref(value, { group: '' })
        const namespace = r.namespace ?? authn.namespace ?? 'default'
        if (r.group !== '' || r.kind !== 'ServiceAccount' || r.name === undefined) return
        if (index.serviceAccountExists(namespace, r.name) === false) found.push(report(linkerdAuthentication, authn, ['spec', 'identityRefs', i], `ServiceAccount ${namespace}/${r.name} not found`))
      })
    }
    return found
  },
}
