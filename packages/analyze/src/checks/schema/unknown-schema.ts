import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { validatorKey } from '../../schemas.ts'

export const unknownSchema: Check<Index> = {
  code: 'BZ1002',
  level: 'info',
  ist: null,
  name: 'SchemaNotKnown',
  title: 'No schema for the document\'s apiVersion and kind is shipped with the analyzer, so it is not validated.',
  help: 'Check the apiVersion and kind for a typo (`apps/v1 Deploymnet`). A kind outside Kubernetes, Istio, the Gateway API and Linkerd\'s policy CRDs is read for references but its fields are not checked; suppress this code if that is expected.',
  run: (index) => index.docs
    .filter((doc) => index.validators.get(validatorKey(doc)) === null)
    .map((doc) => report(unknownSchema, doc, ['kind'], `No schema known for ${doc.apiVersion} ${doc.kind}: the document is not validated`)),
}
