import { report, type Check, type Located } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { pathText } from '../../json.ts'
import { validatorKey } from '../../schemas.ts'

/** More errors than this in one document are one finding saying how many more. */
const perDocument = 10

export const schemaValidation: Check<Index> = {
  code: 'BZ1001',
  level: 'error',
  ist: 'IST0106',
  name: 'SchemaValidationError',
  title: 'A document does not validate against the official schema of its kind.',
  help: 'Correct the field named: its type, a required field that is missing, or a value the schema does not allow. The schemas are Kubernetes\' (kubernetes-models), Istio\'s and the Gateway API\'s CRDs (@kubernetes-models/*) and Linkerd\'s CRDs.',
  run(index) {
    const found: Located[] = []
    for (const doc of index.docs) {
      const validate = index.validators.get(validatorKey(doc))
      if (!validate) continue
      const seen = new Set<string>()
      const errors = validate(doc.body).filter((e) => {
        const id = `${pathText(e.path)} ${e.message}`
        return !seen.has(id) && seen.add(id)
      })
      for (const e of errors.slice(0, perDocument)) found.push(report(schemaValidation, doc, e.path, `Schema validation error: ${pathText(e.path) || 'the document'} ${e.message}`))
      if (errors.length > perDocument) found.push(report(schemaValidation, doc, [], `Schema validation error: ${errors.length - perDocument} more errors in this document`))
    }
    return found
  },
}
