import type { Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'

/** Reported while loading (src/load.ts); the check hands those findings on. */
export const notAResource: Check<Index> = {
  code: 'BZ1004',
  level: 'error',
  ist: null,
  name: 'NotAResource',
  title: 'A document among Kubernetes objects is not one: apiVersion, kind or metadata.name is missing.',
  help: 'Give the document its apiVersion, kind and metadata.name, or move it out of the manifests. (A file in which no document has an apiVersion or kind, such as a Compose file or Helm values, is skipped rather than reported.)',
  run: (index) => index.problems.filter((p) => p.finding.code === notAResource.code),
}
